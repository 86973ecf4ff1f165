import { cn } from "./cn";

/** A text input (the `control` look of app/globals.css); `readOnly` makes it look read-only (grey, dashed), not only behave so. */
export function Input({ className, type = "text", ...props }: React.ComponentProps<"input">) {
  return <input type={type} className={cn("control h-10", className)} {...props} />;
}
