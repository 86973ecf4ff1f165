"use client";

import { useEffect, useRef } from "react";

/**
 * Scrolls the first invalid field inside `container` into view and puts the cursor in it; false
 * when there is none.
 */
function focusFirstInvalid(container: HTMLElement | null): boolean {
  const first = container?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!first) return false;
  // A group of checkboxes is marked on its fieldset: the first box takes the focus.
  const target = first.matches("fieldset")
    ? (first.querySelector<HTMLElement>("input, select, textarea") ?? first)
    : first;
  const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  target.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
  target.focus({ preventScroll: true });
  return true;
}

/**
 * After a refused submit (the server's answer), scrolls the form's first
 * invalid field into view and puts the cursor in it, so a long form never fails "somewhere below".
 * Runs when the server's answer (`state`) changes.
 */
export function useFirstErrorFocus<E extends HTMLElement>(state: unknown) {
  const ref = useRef<E>(null);
  useEffect(() => {
    focusFirstInvalid(ref.current);
  }, [state]);
  return ref;
}
