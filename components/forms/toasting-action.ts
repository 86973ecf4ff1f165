"use client";

import { useActionState, useMemo, useSyncExternalStore } from "react";
import { showToast } from "@/components/ui/toaster";
import { toastFor } from "@/components/ui/use-action-toast";
import type { ActionResult } from "@/lib/safe-action";

type ServerAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

const noSubscription = () => () => {};

/**
 * useActionState for a button whose answer may remove it (a revoked invitation's row, a cancelled
 * order's section): the answer is toasted as soon as it arrives, not in an effect the removed
 * component would never run. Until hydration the form posts the server action itself, so it still
 * works without JavaScript; once the page is interactive, React calls the toasting wrapper instead
 * (useActionState always calls the action of its latest render).
 */
export function useToastingActionState<T>(action: ServerAction<T>) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const toasting = useMemo<ServerAction<T>>(
    () => async (previous, form) => {
      const result = await action(previous, form);
      const { kind, message } = toastFor(result);
      void showToast(kind, message);
      return result;
    },
    [action],
  );
  return useActionState(hydrated ? toasting : action, null);
}
