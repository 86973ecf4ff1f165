"use client";

import { useActionState } from "react";
import { resendEmailAction } from "@/app/(admin)/yonetim/e-postalar/actions";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { useActionToast } from "@/components/ui/use-action-toast";

/**
 * `Yeniden gönder` on a failed e-mail: asked first, then a toast and the answer beside it. Rendered
 * for every e-mail (`canResend` only for a failed one) so that it stays mounted when the page
 * refreshes after the action: the e-mail is no longer failed then, and the answer must still show.
 */
export function ResendButton({
  emailId,
  recipient,
  canResend,
}: {
  emailId: string;
  recipient: string;
  canResend: boolean;
}) {
  const [state, formAction, pending] = useActionState(resendEmailAction, null);
  useActionToast(state);
  if (!canResend && !state) return null;
  return (
    <div className="flex flex-col items-start gap-3">
      {canResend && (
        <ConfirmAction
          trigger="Yeniden gönder"
          title="E-posta yeniden gönderilsin mi?"
          description={`E-posta ${recipient} adresine yeniden gönderilir; deneme sayısı sıfırlanır.`}
          confirm="Yeniden gönder"
          busyLabel="Gönderiliyor…"
          tone="primary"
          triggerVariant="primary"
          action={formAction}
          pending={pending}
          fields={{ emailId }}
        />
      )}
      {state && <Alert tone={state.ok ? "success" : "error"}>{state.ok ? state.message : state.formError}</Alert>}
    </div>
  );
}
