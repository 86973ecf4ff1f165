import { cn } from "./cn";
import { controlClass, readOnlyClass } from "./control";

export function Textarea({ className, rows = 4, ...props }: React.ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn(controlClass, readOnlyClass, "resize-y", className)} {...props} />;
}
