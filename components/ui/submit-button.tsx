"use client";

import { useFormStatus } from "react-dom";

/** Disabled while its form is being submitted, so a double click submits once. */
export function SubmitButton({
  children,
  pending: pendingProp,
  className = "",
}: {
  children: React.ReactNode;
  pending?: boolean;
  className?: string;
}) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60 ${className}`}
    >
      {children}
    </button>
  );
}
