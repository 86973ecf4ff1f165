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
  const press = usePress();
  // The latest answer, for a check that runs later: it must not speak over a newer answer.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

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
    if (when === "leaving" && press.held()) {
      // Left by a press on something else (İleri): a message would push it away between the press and
      // the release, and the click would be lost. The field is checked once the click has happened,
      // with its value then, unless a newer answer came or the field has the focus again.
      const element = event.target as unknown as HTMLInputElement;
      const answer = state;
      press.afterRelease(name, () => {
        if (latest.current !== answer || document.activeElement === element) return;
        say(name, check(element.value));
      });
      return;
    }
    say(name, check(field.value));
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

/**
 * Whether the main mouse button is down (a tap's mouse events too: they come before the focus moves),
 * and what to run once it is released and the click it makes has been handled: one thing per key, the
 * latest. A press that ends without a mouseup (a drag, a context menu, the window losing the focus)
 * ends there; whatever waits is dropped when the form goes.
 */
function usePress() {
  const down = useRef(false);
  const waiting = useRef(new Map<string, () => void>());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pressed = (event: MouseEvent) => {
      if (event.button === 0) down.current = true;
    };
    const released = () => {
      down.current = false;
      const runs = [...waiting.current.values()];
      waiting.current.clear();
      // A click is dispatched in the same task as its mouseup: a timer runs after it.
      if (runs.length > 0) timer = setTimeout(() => runs.forEach((run) => run()));
    };
    const ends = ["mouseup", "dragend", "contextmenu"] as const;
    window.addEventListener("mousedown", pressed, true);
    for (const type of ends) window.addEventListener(type, released, true);
    // Not captured: a field's own blur reaches the window only in the capture phase.
    window.addEventListener("blur", released);
    const waitingNow = waiting.current;
    return () => {
      clearTimeout(timer);
      waitingNow.clear();
      window.removeEventListener("mousedown", pressed, true);
      for (const type of ends) window.removeEventListener(type, released, true);
      window.removeEventListener("blur", released);
    };
  }, []);
  return {
    held: () => down.current,
    afterRelease: (key: string, run: () => void) => void waiting.current.set(key, run),
  };
}
