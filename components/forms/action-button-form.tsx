"use client";

import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/safe-action";
import { useToastingActionState } from "./toasting-action";

type ServerAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * One button that runs a server action which can be undone or repeated (nothing to confirm): busy
 * while it runs, a toast with the answer, a refusal beside it until the next answer.
 * `<ActionButtonForm action={resendInvitationAction} fields={{ invitationId }} busyLabel="Gönderiliyor…">Yeniden gönder</ActionButtonForm>`
 */
export function ActionButtonForm<T>({
  action,
  fields,
  label,
  busyLabel,
  children,
}: {
  action: ServerAction<T>;
  fields: Record<string, string>;
  /** The button's accessible name where its text alone is ambiguous in a list; it contains the text. */
  label?: string;
  busyLabel: string;
  children: string;
}) {
  // Toasted as the answer arrives: it may remove this row, and this component with it.
  const [state, act, pending] = useToastingActionState(action);
  return (
    <form action={act} className="flex flex-col items-start gap-1 sm:items-end">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} busyLabel={busyLabel} variant="outline" size="sm" ariaLabel={label}>
        {children}
      </SubmitButton>
      {state && !state.ok && (
        <p role="alert" className="text-xs font-medium text-destructive">
          {state.formError}
        </p>
      )}
    </form>
  );
}
