import { cn } from "./cn";

/**
 * The browser's own <select>, as tall as an input and with the same border: it works without
 * JavaScript (the filter bars are plain GET forms), on every phone's native picker, and costs no script.
 * A custom listbox (Radix Select) would need JavaScript for a form that must not.
 */
export function Select({ className, children, ...props }: React.ComponentProps<"select">) {
  return (
    <div className="control-select">
      <select className={cn("control h-10 appearance-none pr-9 enabled:cursor-pointer", className)} {...props}>
        {children}
      </select>
    </div>
  );
}
