"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/safe-action";
import { formErrorStill } from "./form-error";
import { useFirstErrorFocus } from "./use-first-error-focus";

const NONE: ReadonlySet<string> = new Set();

type ServerAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * react-hook-form checks the fields with the action's own zod schema before anything is sent; the form
 * still posts to the server action without JavaScript, and the server's field errors show the same way.
 * A form is sent once at a time: a second submit (a double click) is dropped until the action answers.
 * A refused form's first wrong field takes the focus, whether the browser or the server refused it.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  serverAction: ServerAction<T>,
  defaultValues?: DefaultValues<z.input<S>>,
) {
  const [state, formAction, pending] = useActionState(serverAction, null);
  // The server's refusal: its first wrong field takes the focus (and is scrolled to), as on the public
  // forms; after a question (ConfirmSubmit) the focus would otherwise be back on the button, far from
  // the message. The browser's own check focuses its first wrong field itself (shouldFocusError).
  const formRef = useFirstErrorFocus<HTMLFormElement>(state);
  const form = useForm<z.input<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>>,
    defaultValues,
    // Checked when sent (or asked about), then again as each field is typed in; not when a field is
    // left: a message appearing as the pointer presses the submit button would move the button away
    // before the press ends, and the click would be lost (the focus left on the button, nothing sent).
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  // The submit button is disabled only once React has rendered the pending state, and a fast double
  // click lands before that: this lock is taken synchronously on the first submit and released when
  // the action is over (an answer, or a redirect that kept this form on the page), or at once when
  // the browser-side check refused the form.
  const locked = useRef(false);
  useEffect(() => {
    if (!pending) locked.current = false;
  }, [state, pending]);

  const send = form.handleSubmit((_values, event) => {
    const element = event?.target;
    if (!(element instanceof HTMLFormElement) || pending) return;
    // The clicked button's name and value travel too, as they do when the browser submits the form.
    const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter ?? null;
    startTransition(() => formAction(new FormData(element, submitter)));
  });

  /**
   * The fields checked as a submit checks them, without sending: true when the form could be sent.
   * Otherwise the first wrong field takes the focus, and from then on each field is checked again as
   * it is typed in (as after a refused submit), so a corrected value clears its message at once.
   */
  const check = () =>
    new Promise<boolean>((resolve) => {
      void form.handleSubmit(
        () => resolve(true),
        () => resolve(false),
      )();
    });

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (locked.current) {
      event.preventDefault();
      return;
    }
    locked.current = true;
    await send(event);
    if (Object.keys(form.formState.errors).length > 0) locked.current = false;
  }

  // The fields changed since the server's last answer: its message on such a field is about a value
  // no longer there (a past day since corrected), so it goes, even if another field keeps the form
  // from being sent again. Kept with the answer it belongs to: a new answer starts with none.
  const [edited, setEdited] = useState<{ answer: typeof state; names: ReadonlySet<string> }>({
    answer: state,
    names: new Set(),
  });
  const editedNow = edited.answer === state ? edited.names : NONE;
  function onChange(event: React.FormEvent<HTMLFormElement>) {
    const name = (event.target as Partial<HTMLInputElement>).name;
    if (!name || editedNow.has(name) || !state || state.ok || !state.fieldErrors?.[name]) return;
    setEdited({ answer: state, names: new Set(editedNow).add(name) });
  }

  function fieldError(name: string): string | undefined {
    const clientError = (form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message;
    if (clientError) return clientError;
    if (!state || state.ok || editedNow.has(name)) return undefined;
    return state.fieldErrors?.[name]?.[0];
  }

  const serverValues = state && !state.ok ? state.values : undefined;

  return {
    form,
    state,
    pending,
    fieldError,
    formError: formErrorStill(state, fieldError),
    check,
    /** The value sent last time, for inputs re-rendered after a refusal without JavaScript. */
    previous: (name: string) => (typeof serverValues?.[name] === "string" ? (serverValues[name] as string) : undefined),
    formProps: { ref: formRef, action: formAction, onSubmit, onChange, noValidate: true },
  };
}
