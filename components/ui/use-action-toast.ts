"use client";

import { useEffect } from "react";
import type { ActionResult } from "@/lib/safe-action";
import { showToast } from "./toaster";

export const SUCCESS_FALLBACK = "İşlem tamamlandı.";
export const FAILURE_FALLBACK = "İşlem tamamlanamadı.";

/** The toast an action's answer deserves: its own message, or the form's error. */
export function toastFor(
  state: ActionResult<unknown>,
  success?: string,
): { kind: "success" | "error"; message: string } {
  if (state.ok) return { kind: "success", message: state.message ?? success ?? SUCCESS_FALLBACK };
  return { kind: "error", message: state.formError ?? FAILURE_FALLBACK };
}

/**
 * A toast for every answer of a form's action (`useActionState`'s state): each answer is a new
 * object, so each shows once. The form still shows its errors on its fields and in its Alert; the
 * toast is the feedback that something happened, also when the form is scrolled out of view.
 * `useActionToast(state, { success: "Firma bilgileri kaydedildi." })`
 */
export function useActionToast(state: ActionResult<unknown> | null, options: { success?: string } = {}) {
  const { success } = options;
  useEffect(() => {
    if (!state) return;
    const { kind, message } = toastFor(state, success);
    void showToast(kind, message);
  }, [state, success]);
}
