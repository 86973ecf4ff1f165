"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./button";

/**
 * A form's submit button: busy (disabled, saying what it does) while its form is being sent, so a
 * double click submits once. `<SubmitButton busyLabel="Kaydediliyor…">Kaydet</SubmitButton>`
 */
export function SubmitButton({
  children,
  pending: pendingProp,
  busyLabel,
  variant,
  size,
  className,
  ariaLabel,
}: {
  children: React.ReactNode;
  /** The caller's pending state (useActionState's third value), when it has one. */
  pending?: boolean;
  /** What the button says while busy ("Kaydediliyor…"); without it, its label with a spinner. */
  busyLabel?: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  className?: string;
  /** An accessible name that contains the text, where the text alone is ambiguous (a list's rows). */
  ariaLabel?: string;
}) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <Button
      type="submit"
      aria-label={pending ? undefined : ariaLabel}
      busy={pending}
      busyLabel={busyLabel}
      variant={variant}
      size={size}
      className={className}
    >
      {children}
    </Button>
  );
}
