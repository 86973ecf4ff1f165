import { useId } from "react";
import { cn } from "./cn";

type A11y = { id: string; "aria-invalid": boolean; "aria-describedby"?: string };

type FieldProps = {
  label: string;
  error?: string;
  hint?: string;
  /** Shows "(isteğe bağlı)" after the label; required is the default in our forms. */
  optional?: boolean;
  className?: string;
  children: (props: A11y) => React.ReactNode;
};

function describedBy(hintId: string, errorId: string, hint?: string, error?: string) {
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
}

function HintAndError({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint?: string;
  hintId: string;
  error?: string;
  errorId: string;
}) {
  return (
    <>
      {hint && (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-destructive">
          {error}
        </p>
      )}
    </>
  );
}

/**
 * A label, its control, a hint and the error, tied together for screen readers: the control gets
 * the id the label points to, `aria-invalid`, and `aria-describedby` naming the hint and the error.
 * `<Field label="E-posta" error={...}>{(a11y) => <Input {...a11y} {...register("email")} />}</Field>`
 */
export function Field({ label, error, hint, optional, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-ipucu`;
  const errorId = `${id}-hata`;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-medium text-foreground">
        {label}
        {optional && <span className="font-normal text-muted-foreground"> (isteğe bağlı)</span>}
      </label>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy(hintId, errorId, hint, error) })}
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

/**
 * A group of checkboxes or radios under one name: a fieldset whose legend is the group's label,
 * with the same hint and error wiring as Field (each control gets `aria-describedby`).
 */
export function FieldSet({
  legend,
  error,
  hint,
  className,
  children,
}: {
  legend: string;
  error?: string;
  hint?: string;
  className?: string;
  children: (props: Omit<A11y, "id">) => React.ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-ipucu`;
  const errorId = `${id}-hata`;
  return (
    <fieldset className={cn("flex flex-col gap-2", className)}>
      <legend className="mb-1 text-sm font-medium text-foreground">{legend}</legend>
      {children({ "aria-invalid": Boolean(error), "aria-describedby": describedBy(hintId, errorId, hint, error) })}
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </fieldset>
  );
}

/** @deprecated use Input, Textarea or Select from components/ui, which carry this look. */
export const inputClass = "control";
