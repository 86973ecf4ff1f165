"use client";

import { useActionState } from "react";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { useActionToast } from "@/components/ui/use-action-toast";
import type { ActionResult } from "@/lib/safe-action";

type ServerAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * A server action behind ConfirmAction: asks first, sends the hidden `fields` (and any inputs given
 * as children), then answers with a toast and, for a refusal, a line beside the button that the next
 * answer replaces. Without JavaScript the dialog still opens and the form still posts.
 * `<ConfirmActionForm action={removeUserAction} fields={{ userId }} trigger="Kaldır" confirm="Kaldır" ... />`
 */
export function ConfirmActionForm<T>({
  action,
  trigger,
  triggerLabel,
  title,
  description,
  confirm,
  busyLabel,
  fields,
  tone,
  children,
}: {
  action: ServerAction<T>;
  /** The opening button's text: the action's name. */
  trigger: string;
  /** The opening button's accessible name when the text alone is ambiguous in a list ("ayse@...: Kaldır"). */
  triggerLabel?: string;
  title: string;
  description?: React.ReactNode;
  /** Repeats the action's name. */
  confirm: string;
  /** What the confirm button says while the action runs ("Kaldırılıyor…"). */
  busyLabel: string;
  fields: Record<string, string>;
  tone?: "destructive" | "primary";
  children?: React.ReactNode;
}) {
  const [state, act, pending] = useActionState(action, null);
  useActionToast(state);
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <ConfirmAction
        trigger={trigger}
        triggerLabel={triggerLabel}
        title={title}
        description={description}
        confirm={confirm}
        busyLabel={busyLabel}
        action={act}
        fields={fields}
        pending={pending}
        tone={tone}
        triggerSize="sm"
      >
        {children}
      </ConfirmAction>
      {state && !state.ok && (
        <p role="alert" className="text-xs font-medium text-destructive">
          {state.formError}
        </p>
      )}
    </div>
  );
}
