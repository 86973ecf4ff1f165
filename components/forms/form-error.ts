import type { ActionResult } from "@/lib/safe-action";

/**
 * The message at the top of a refused form, while it still holds. A refusal with field errors says
 * "Lütfen işaretli alanları düzeltin.": once no field it named is marked any more (each corrected,
 * and the browser's own check finds nothing new), it asks for nothing and goes. Any other message
 * (the service is down, the session ended) stays until the next answer.
 */
export function formErrorStill(
  state: ActionResult<unknown> | null,
  fieldError: (name: string) => string | undefined,
): string | undefined {
  if (!state || state.ok) return undefined;
  const named = Object.keys(state.fieldErrors ?? {});
  if (named.length > 0 && named.every((name) => fieldError(name) === undefined)) return undefined;
  return state.formError;
}
