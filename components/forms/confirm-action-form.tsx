"use client";

import type { ButtonProps } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import type { ActionResult } from "@/lib/safe-action";
import { useToastingActionState } from "./toasting-action";

/** A refused input inside the dialog: its own message says more than "fix the marked fields". */
const firstFieldError = (errors: Record<string, string[] | undefined> | undefined) =>
  errors ? Object.values(errors).find((messages) => messages?.length)?.[0] : undefined;

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
  triggerVariant,
  triggerSize = "sm",
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
  triggerVariant?: ButtonProps["variant"];
  triggerSize?: ButtonProps["size"];
  /** Inputs sent with the action, shown in the dialog (a reason, a note). */
  children?: React.ReactNode;
}) {
  // Toasted as the answer arrives: it may remove this row, and this component with it.
  const [state, act, pending] = useToastingActionState(action);
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
        triggerVariant={triggerVariant}
        triggerSize={triggerSize}
      >
        {children}
      </ConfirmAction>
      {state && !state.ok && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {firstFieldError(state.fieldErrors) ?? state.formError}
        </p>
      )}
    </div>
  );
}
