"use client";

import { useActionState } from "react";
import { resolveRefundAction } from "@/app/(admin)/yonetim/faturalar/[id]/refund-actions";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { useActionToast } from "@/components/ui/use-action-toast";

/**
 * For a refund whose answer from Iyzico was lost: after looking it up in Iyzico's panel, the admin
 * records what happened. Each choice is asked first; it cannot be undone.
 */
export function ResolveRefund({ refundId, amountLabel }: { refundId: string; amountLabel: string }) {
  const [state, action, pending] = useActionState(resolveRefundAction, null);
  useActionToast(state);
  return (
    <div className="flex flex-col gap-2">
      {state && !state.ok && <Alert>{state.formError}</Alert>}
      <div className="flex flex-wrap gap-2">
        <ConfirmAction
          trigger="İade yapıldı"
          title="İade yapıldı olarak kaydedilsin mi?"
          description={`Iyzico panelinde ${amountLabel} tutarındaki iadenin yapıldığını gördüyseniz kaydedin: ödemenin iade edilen tutarı artar ve müşteriye e-posta gider.`}
          confirm="İade yapıldı"
          tone="primary"
          triggerSize="sm"
          action={action}
          pending={pending}
          fields={{ refundId, outcome: "succeeded" }}
        />
        <ConfirmAction
          trigger="İade yapılmadı"
          title="İade yapılmadı olarak kaydedilsin mi?"
          description="Iyzico panelinde bu iade yoksa kaydedin: iade başarısız sayılır ve yeniden iade gönderilebilir."
          confirm="İade yapılmadı"
          triggerSize="sm"
          action={action}
          pending={pending}
          fields={{ refundId, outcome: "failed" }}
        />
      </div>
    </div>
  );
}
