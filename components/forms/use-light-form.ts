"use client";

import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import type { ActionResult, FieldErrors } from "@/lib/safe-action";

type ServerAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/** A zod or zod/mini schema: only `safeParse` is used. */
type Checkable = {
  safeParse(input: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
};

/** What a form sends, as the server action reads it (repeated names become arrays). */
function formValues(form: HTMLFormElement, submitter: HTMLElement | null): Record<string, unknown> {
  const data = new FormData(form, submitter);
  const values: Record<string, unknown> = {};
  for (const key of new Set(data.keys())) {
    const all = data.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length > 1 ? all : all[0];
  }
  return values;
}

function check(schema: Checkable, values: Record<string, unknown>): FieldErrors | null {
  const result = schema.safeParse(values);
  if (result.success) return null;
  const errors: FieldErrors = {};
  for (const issue of result.error?.issues ?? []) {
    const name = String(issue.path[0] ?? "");
    if (!errors[name]) errors[name] = [issue.message];
  }
  return errors;
}

/**
 * The public forms' hook (/teklif-al, /basla), without react-hook-form: those pages must stay under
 * 170 KB of JavaScript (issue 11). The browser checks the form with a light zod/mini schema before
 * sending (and a field again when it is left, once it was refused); the server action checks it all
 * again, and its field errors show the same way. Without JavaScript the form simply posts to the
 * action. A form is sent once at a time: a double click is dropped until the action answers.
 */
export function useLightForm<T>(schema: Checkable, serverAction: ServerAction<T>) {
  const [state, formAction, pending] = useActionState(serverAction, null);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [refusals, setRefusals] = useState(0);
  const locked = useRef(false);

  // The lock is released when the action is over (an answer, or a redirect that kept the form here).
  // The browser's own messages were cleared before sending, so the server's answer shows alone.
  useEffect(() => {
    if (!pending) locked.current = false;
  }, [state, pending]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (locked.current || pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter ?? null;
    const errors = check(schema, formValues(event.currentTarget, submitter));
    if (errors) {
      setClientErrors(errors);
      setRefusals((count) => count + 1);
      return;
    }
    locked.current = true;
    setClientErrors(null);
    // The clicked button's name and value travel too, as they do when the browser submits the form.
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }

  /** Once a field was refused, leaving it checks it again, so its message goes as soon as it is right. */
  function onBlur(event: React.FocusEvent<HTMLFormElement>) {
    const name = (event.target as unknown as { name?: string }).name;
    if (!name || !clientErrors?.[name]) return;
    const errors = check(schema, formValues(event.currentTarget, null));
    setClientErrors((current) => ({ ...current, [name]: errors?.[name] }));
  }

  function fieldError(name: string): string | undefined {
    if (clientErrors) return clientErrors[name]?.[0];
    return state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
  }

  const serverValues = state && !state.ok ? state.values : undefined;

  return {
    state,
    pending,
    fieldError,
    /** Counts the browser's refusals; with `state` (the server's), for useFirstErrorFocus. */
    refusals,
    /** The value sent last time, for inputs re-rendered after a refusal without JavaScript. */
    previous: (name: string) => (typeof serverValues?.[name] === "string" ? (serverValues[name] as string) : undefined),
    /** Every value sent last time, for checkbox groups. */
    previousValues: serverValues,
    formProps: { action: formAction, onSubmit, onBlur, noValidate: true },
  };
}
