import { cn } from "./cn";

export function Textarea({ className, rows = 4, ...props }: React.ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn("control resize-y", className)} {...props} />;
}
