import { cn } from "./cn";
import { controlClass, readOnlyClass } from "./control";

/** A text input; `readOnly` makes it look read-only (grey, dashed), not only behave so. */
export function Input({ className, type = "text", ...props }: React.ComponentProps<"input">) {
  return <input type={type} className={cn(controlClass, "h-10", readOnlyClass, className)} {...props} />;
}
