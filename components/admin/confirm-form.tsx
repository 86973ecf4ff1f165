"use client";

import { createContext, useActionState, useContext } from "react";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { useActionToast } from "@/components/ui/use-action-toast";
import type { ActionResult } from "@/lib/safe-action";

type ServerAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

type Answer = { fieldError: (name: string) => string | undefined; previous: (name: string) => string | undefined };

const AnswerContext = createContext<Answer>({ fieldError: () => undefined, previous: () => undefined });

/** Inside a ConfirmForm's dialog: the last answer's error for a field, and the value sent with it. */
export const useConfirmFormAnswer = () => useContext(AnswerContext);

/**
 * An admin action asked first: the trigger opens ConfirmAction's dialog, whose form holds the hidden
 * `fields` and the inputs given as children (a reason, a price); the confirm button repeats the
 * action's name. Every answer shows as a toast; a refusal also stays beside the button until the next
 * answer replaces it, and one about a field of the dialog keeps the dialog open on that field, the
 * values sent still in it. Without JavaScript
 * the dialog opens (Invoker Commands) and the form posts to the server action.
 */
export function ConfirmForm<T>({
  action,
  trigger,
  title,
  description,
  confirm,
  busyLabel,
  fields,
  tone,
  triggerVariant,
  children,
}: {
  action: ServerAction<T>;
  trigger: string;
  title: string;
  description?: React.ReactNode;
  confirm: string;
  busyLabel: string;
  fields: Record<string, string>;
  tone?: "destructive" | "primary";
  triggerVariant?: React.ComponentProps<typeof ConfirmAction>["triggerVariant"];
  children?: React.ReactNode;
}) {
  const [state, act, pending] = useActionState(action, null);
  useActionToast(state);
  const refused = state && !state.ok ? state : null;
  const answer: Answer = {
    fieldError: (name) => refused?.fieldErrors?.[name]?.[0],
    previous: (name) => (typeof refused?.values?.[name] === "string" ? (refused.values[name] as string) : undefined),
  };
  return (
    <div className="flex flex-col items-start gap-1.5">
      <AnswerContext value={answer}>
        <ConfirmAction
          trigger={trigger}
          title={title}
          description={description}
          confirm={confirm}
          busyLabel={busyLabel}
          action={act}
          fields={fields}
          pending={pending}
          tone={tone}
          triggerVariant={triggerVariant}
        >
          {children}
        </ConfirmAction>
      </AnswerContext>
      {refused && (
        <div role="alert" className="text-sm font-medium text-destructive">
          <p>{refused.formError}</p>
          {/* Said beside the button too: the dialog stays open only on a field of its own to fix. */}
          {Object.values(refused.fieldErrors ?? {}).map((messages) => (
            <p key={messages?.[0]}>{messages?.[0]}</p>
          ))}
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
