"use client";

import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/safe-action";
import { formErrorStill } from "./form-error";

const NONE: Readonly<Record<string, string | null>> = {};

type ServerAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/** A field's own check in the browser: its Turkish message, or null when the value is fine. */
export type FieldCheck = (value: string) => string | null;

/**
 * The public forms' hook (/teklif-al, /basla). Those pages must stay under 170 KB of JavaScript
 * (issue 11): react-hook-form and zod would not fit, so the server action checks the whole form
 * (its own strict zod schema) and its field errors show beside the fields, and the browser only
 * checks the fields given a light `checks` entry (the phone, with Turkey's numbering plan) when they
 * are left, and again as they are corrected. A server's message on a field without such a check goes
 * as soon as the field is changed, as in useActionForm: it is about a value no longer there (an
 * e-mail that has an account, a tax number whose check digit was wrong), and left in place it would
 * still say so under the corrected value until the next submit. Without JavaScript the form simply
 * posts to the action. A form is sent once at a time: a double click is dropped until the action answers.
 */
export function useLightForm<T>(serverAction: ServerAction<T>, checks: Record<string, FieldCheck> = {}) {
  const [state, formAction, pending] = useActionState(serverAction, null);
  // What the browser says about a field since the server's last answer (null: nothing), over that
  // answer's own message. Kept with the answer it belongs to: the next answer starts with none.
  const [browserSaid, setBrowserSaid] = useState<{ answer: typeof state; messages: Record<string, string | null> }>({
    answer: state,
    messages: {},
  });
  const fieldMessages = browserSaid.answer === state ? browserSaid.messages : NONE;
  const say = (name: string, message: string | null) =>
    setBrowserSaid((current) => ({
      answer: state,
      messages: { ...(current.answer === state ? current.messages : NONE), [name]: message },
    }));
  const locked = useRef(false);
  // Whether a mouse button (or a tap's mouse events) is down: the field was left by pressing something.
  const pressing = useRef(false);
  useEffect(() => {
    const press = () => (pressing.current = true);
    const release = () => (pressing.current = false);
    window.addEventListener("mousedown", press, true);
    window.addEventListener("mouseup", release, true);
    return () => {
      window.removeEventListener("mousedown", press, true);
      window.removeEventListener("mouseup", release, true);
    };
  }, []);

  // The lock is released when the action is over (an answer, or a redirect that kept the form here).
  useEffect(() => {
    if (!pending) locked.current = false;
  }, [state, pending]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (locked.current || pending) return;
    locked.current = true;
    // The clicked button's name and value travel too, as they do when the browser submits the form.
    const submitter = (event.nativeEvent as SubmitEvent).submitter ?? null;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }

  function checkField(event: React.SyntheticEvent<HTMLFormElement>, when: "typing" | "leaving") {
    const field = event.target as unknown as { name?: string; value?: string };
    const name = field.name;
    if (!name || typeof field.value !== "string") return;
    const check = checks[name];
    const shown = fieldError(name) !== undefined;
    if (!check) {
      // Only the server can tell: its message is about the value it was sent, changed now.
      if (when === "typing" && shown) say(name, null);
      return;
    }
    // A field showing a message is checked again as it is typed in, so the message goes as soon as
    // it is right; one without is checked when it is left (not on its first keystroke), unless empty.
    // Never both: a message that changes as the field is left moves what the pointer is about to click.
    if (when === "typing" ? !shown : shown || field.value.trim() === "") return;
    const message = check(field.value);
    if (when === "leaving" && pressing.current && message !== null) {
      // Left by a press on something else (İleri): the message would push it away between the press
      // and the release, and the click would be lost. It shows once the click has happened.
      window.addEventListener("mouseup", () => setTimeout(() => say(name, message)), { once: true, capture: true });
      return;
    }
    say(name, message);
  }

  function fieldError(name: string): string | undefined {
    if (name in fieldMessages) return fieldMessages[name] ?? undefined;
    return state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
  }

  const serverValues = state && !state.ok ? state.values : undefined;

  return {
    state,
    pending,
    fieldError,
    formError: formErrorStill(state, fieldError),
    /** The value sent last time, for inputs re-rendered after a refusal without JavaScript. */
    previous: (name: string) => (typeof serverValues?.[name] === "string" ? (serverValues[name] as string) : undefined),
    /** Every value sent last time, for checkbox groups. */
    previousValues: serverValues,
    formProps: {
      action: formAction,
      onSubmit,
      onInput: (event: React.FormEvent<HTMLFormElement>) => checkField(event, "typing"),
      onBlur: (event: React.FocusEvent<HTMLFormElement>) => checkField(event, "leaving"),
      noValidate: true,
    },
  };
}
