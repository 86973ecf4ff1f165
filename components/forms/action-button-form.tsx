"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import type { ActionResult } from "@/lib/safe-action";

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
  const [state, act, pending] = useActionState(action, null);
  useActionToast(state);
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
