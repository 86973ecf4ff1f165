import { useId } from "react";
import { cn } from "./cn";

/**
 * Native checkboxes and radios in the brand colour (accent-color): they post with their form
 * without JavaScript, keep the browser's keyboard and screen-reader behaviour, and cost no script.
 * Radix's Checkbox and RadioGroup render buttons that need JavaScript to be checked at all.
 */
const choiceClass =
  "size-4 shrink-0 cursor-pointer accent-primary disabled:cursor-not-allowed aria-invalid:outline-2 aria-invalid:outline-offset-1 aria-invalid:outline-destructive";

export function Checkbox({ className, ...props }: Omit<React.ComponentProps<"input">, "type">) {
  return <input type="checkbox" className={cn(choiceClass, "rounded-sm", className)} {...props} />;
}

export function Radio({ className, ...props }: Omit<React.ComponentProps<"input">, "type">) {
  return <input type="radio" className={cn(choiceClass, className)} {...props} />;
}

/** A checkbox or radio with its label beside it and an optional hint below the label. */
export function Choice({
  label,
  hint,
  className,
  type = "checkbox",
  "aria-describedby": describedBy,
  ...props
}: Omit<React.ComponentProps<"input">, "type"> & {
  label: React.ReactNode;
  hint?: string;
  type?: "checkbox" | "radio";
}) {
  const hintId = useId();
  const Control = type === "radio" ? Radio : Checkbox;
  const description = [describedBy, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <label className={cn("flex cursor-pointer items-start gap-2.5 text-sm", className)}>
      <Control className="mt-0.5" aria-describedby={description} {...props} />
      <span className="flex flex-col gap-0.5">
        <span className="font-medium text-foreground">{label}</span>
        {hint && (
          <span id={hintId} className="text-xs text-muted-foreground">
            {hint}
          </span>
        )}
      </span>
    </label>
  );
}
