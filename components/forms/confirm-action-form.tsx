"use client";

import { createContext, useContext } from "react";
import type { ButtonProps } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { cn } from "@/components/ui/cn";
import type { ActionResult } from "@/lib/safe-action";
import { useToastingActionState } from "./toasting-action";

type ServerAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

type Answer = { fieldError: (name: string) => string | undefined; previous: (name: string) => string | undefined };

const AnswerContext = createContext<Answer>({ fieldError: () => undefined, previous: () => undefined });

/**
 * Inside a ConfirmActionForm's dialog: the last answer's error for a field and the value sent with
 * it, for the inputs given as children (`<Field error={fieldError("reason")}>`).
 */
export const useConfirmFormAnswer = () => useContext(AnswerContext);

/** A refusal's error for a field and the value sent with it, from an action's last answer. */
export function answerOf(state: ActionResult<unknown> | null): Answer {
  const refused = state && !state.ok ? state : null;
  return {
    fieldError: (name) => refused?.fieldErrors?.[name]?.[0],
    previous: (name) => (typeof refused?.values?.[name] === "string" ? (refused.values[name] as string) : undefined),
  };
}

/**
 * A server action asked first: the trigger opens ConfirmAction's dialog, whose form holds the hidden
 * `fields` and the inputs given as children (a reason, a price); the confirm button repeats the
 * action's name. The answer is toasted as it arrives (it may remove this row, and this component
 * with it); a refusal also stays beside the button until the next answer, and one about a field of
 * the dialog keeps the dialog open on that field with the values sent; a success's message stays
 * beside the button too. Without JavaScript the dialog still opens and the form still posts.
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
  align = "end",
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
  /** `end`: at the row's end from `sm` on (lists); `start`: under what it acts on (a page's section). */
  align?: "start" | "end";
  /** Inputs sent with the action, shown in the dialog (a reason, a note). */
  children?: React.ReactNode;
}) {
  const [state, act, pending] = useToastingActionState(action);
  const refused = state && !state.ok ? state : null;
  const answer = answerOf(state);
  // A refused input inside the dialog: its own message says more than "fix the marked fields".
  const fieldMessages = Object.entries(refused?.fieldErrors ?? {}).flatMap(([name, messages]) =>
    messages?.[0] ? [{ name, message: messages[0] }] : [],
  );
  return (
    <div className={cn("flex flex-col items-start gap-1.5", align === "end" && "sm:items-end")}>
      <AnswerContext value={answer}>
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
      </AnswerContext>
      {refused && (
        <div role="alert" className="text-sm font-medium text-destructive">
          {fieldMessages.length > 0 ? (
            fieldMessages.map(({ name, message }) => <p key={name}>{message}</p>)
          ) : (
            <p>{refused.formError}</p>
          )}
        </div>
      )}
      {state?.ok && state.message && (
        <p role="status" className="text-sm text-brand-700">
          {state.message}
        </p>
      )}
    </div>
  );
}
