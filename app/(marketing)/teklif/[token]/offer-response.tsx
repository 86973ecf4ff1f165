"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { respondToOfferAction } from "./actions";

/** Accept or decline an offer; both buttons are plain forms, so they work without JavaScript too. */
export function OfferResponse({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(respondToOfferAction, null);
  if (state?.ok) return <FormAlert tone="success">{state.message}</FormAlert>;
  return (
    <div className="flex flex-col gap-3">
      {state && !state.ok && <FormAlert>{state.formError}</FormAlert>}
      <div className="flex flex-wrap gap-3">
        <form action={formAction}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="decision" value="accept" />
          <SubmitButton pending={pending}>Teklifi kabul et</SubmitButton>
        </form>
        <form action={formAction}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="decision" value="decline" />
          <button
            type="submit"
            disabled={pending}
            className="rounded-md border border-stone-400 bg-white px-5 py-2.5 font-semibold text-stone-800 hover:bg-stone-100 disabled:opacity-60"
          >
            Reddet
          </button>
        </form>
      </div>
    </div>
  );
}
