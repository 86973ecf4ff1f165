"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { respondToOfferAction } from "./actions";

/**
 * Accept or decline an offer; both are plain forms, so they work without JavaScript too. Declining
 * is for good, so it asks first (a native dialog: no script needed either).
 */
export function OfferResponse({ token }: { token: string }) {
  // One state each: while the offer is being declined the accept button must not read "Kabul ediliyor…".
  const [accepted, acceptAction, accepting] = useActionState(respondToOfferAction, null);
  const [declined, declineAction, declining] = useActionState(respondToOfferAction, null);
  const state = declined ?? accepted;
  useActionToast(accepted);
  useActionToast(declined);
  if (state?.ok) return <Alert tone="success">{state.message}</Alert>;
  return (
    <div className="flex flex-col gap-3">
      {state && !state.ok && <Alert>{state.formError}</Alert>}
      <div className="flex flex-wrap gap-3">
        <form action={acceptAction}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="decision" value="accept" />
          <SubmitButton pending={accepting} busyLabel="Kabul ediliyor…">
            Teklifi kabul et
          </SubmitButton>
        </form>
        <ConfirmAction
          trigger="Teklifi reddet"
          title="Teklif reddedilsin mi?"
          description="Reddettiğiniz teklif yeniden kabul edilemez; fikriniz değişirse yeni bir teklif istemeniz gerekir."
          confirm="Teklifi reddet"
          busyLabel="Reddediliyor…"
          action={declineAction}
          fields={{ token, decision: "decline" }}
          pending={declining}
        />
      </div>
    </div>
  );
}
