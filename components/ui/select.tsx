import { ChevronDown } from "lucide-react";
import { cn } from "./cn";
import { controlClass } from "./control";

/**
 * The browser's own <select>, as tall as an input and with the same border: it works without
 * JavaScript (the filter bars are plain GET forms), on every phone's native picker, and costs no script.
 * A custom listbox (Radix Select) would need JavaScript for a form that must not.
 */
export function Select({ className, children, ...props }: React.ComponentProps<"select">) {
  return (
    <div className="relative">
      <select className={cn(controlClass, "h-10 cursor-pointer appearance-none pr-9", className)} {...props}>
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}
