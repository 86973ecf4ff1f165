"use client";

import { useEffect, useRef } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

/**
 * The submit button is disabled only once React has rendered the pending state; a fast double click
 * lands before that. This lock is taken synchronously on the first submit and released when the
 * action answers (or at once when the browser-side check refused the form).
 */
export function useSubmitOnce<V extends FieldValues>(
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => Promise<void>,
  form: UseFormReturn<V>,
  state: unknown,
) {
  const locked = useRef(false);
  useEffect(() => {
    locked.current = false;
  }, [state]);
  return async (event: React.FormEvent<HTMLFormElement>) => {
    if (locked.current) {
      event.preventDefault();
      return;
    }
    locked.current = true;
    await onSubmit(event);
    if (Object.keys(form.formState.errors).length > 0) locked.current = false;
  };
}
