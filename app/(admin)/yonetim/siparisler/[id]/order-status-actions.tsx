"use client";

import { useActionState, useEffect, useRef } from "react";
import { answerOf } from "@/components/forms/confirm-action-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useActionToast } from "@/components/ui/use-action-toast";
import { orderStatus, type OrderStatus } from "@/lib/orders/status";
import { changeOrderStatusAction } from "../actions";

type Forward = "processing" | "completed";

/** Each move forward, asked first: none can be undone (an order being processed never waits again). */
const FORWARD: Record<Forward, { trigger: string; title: string; busyLabel: string; consequence: string }> = {
  processing: {
    trigger: "İşleme al",
    title: "Sipariş işleme alınsın mı?",
    busyLabel: "İşleme alınıyor…",
    consequence:
      "işleme alınacak: paketleme süresi başlar ve müşteri siparişi artık kendisi iptal edemez. Bu işlem geri alınamaz.",
  },
  completed: {
    trigger: "Siparişi tamamla",
    title: "Sipariş tamamlansın mı?",
    busyLabel: "Tamamlanıyor…",
    consequence: "tamamlanacak: müşteriye e-postayla bildirilir ve paketleri faturalanır. Bu işlem geri alınamaz.",
  },
};

function NoteField({ label, refusal }: { label: string; refusal?: { error?: string; note?: string } }) {
  return (
    <Field label={label} optional hint="Müşteri sipariş takibinde görür" error={refusal?.error}>
      {(a11y) => <Input {...a11y} name="note" maxLength={1000} defaultValue={refusal?.note} />}
    </Field>
  );
}

/**
 * The order's next move and its cancellation, each asked first (ConfirmAction), with one answer for
 * both: a toast, and a line under the buttons that takes the focus on success. Rendered for every
 * status and never keyed by it, so the answer outlives the page's refresh that changes the buttons
 * or, once the order is final, removes them (the focus would otherwise fall to the page's body).
 */
export function OrderStatusActions({
  orderId,
  orderNumber,
  companyName,
  status,
}: {
  orderId: string;
  orderNumber: string;
  companyName: string;
  status: OrderStatus;
}) {
  const [state, act, pending] = useActionState(changeOrderStatusAction, null);
  useActionToast(state);
  const success = useRef<HTMLParagraphElement>(null);
  // After the dialog has closed (its confirm button's effect runs before this one).
  useEffect(() => {
    if (state?.ok) success.current?.focus();
  }, [state]);

  const next = orderStatus.next(status);
  const forward = next.find((to): to is Forward => to !== "cancelled");
  const order = `${companyName} firmasının ${orderNumber} numaralı siparişi`;
  const refused = state && !state.ok ? state : null;
  const answer = answerOf(state);
  const noteError = answer.fieldError("note");
  // A refused note belongs to the dialog of the move sent, which stays open on it (ConfirmAction).
  const refusalOf = (to: OrderStatus) =>
    answer.previous("to") === to ? { error: noteError, note: answer.previous("note") } : undefined;
  return (
    <div className="flex flex-col gap-3">
      {next.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          {`Bu sipariş ${orderStatus.label(status).toLocaleLowerCase("tr-TR")}; durumu artık değiştirilemez.`}
        </p>
      ) : (
        <div className="flex flex-wrap gap-3">
          {forward && (
            <ConfirmAction
              trigger={FORWARD[forward].trigger}
              title={FORWARD[forward].title}
              description={`${order} ${FORWARD[forward].consequence}`}
              confirm={FORWARD[forward].trigger}
              busyLabel={FORWARD[forward].busyLabel}
              action={act}
              fields={{ orderId, to: forward }}
              pending={pending}
              tone="primary"
              triggerVariant="primary"
            >
              <NoteField label="Not" refusal={refusalOf(forward)} />
            </ConfirmAction>
          )}
          {next.includes("cancelled") && (
            <ConfirmAction
              trigger="Siparişi iptal et"
              title="Sipariş iptal edilsin mi?"
              description={`${order} iptal edilecek. Bu işlem geri alınamaz.`}
              confirm="Siparişi iptal et"
              busyLabel="İptal ediliyor…"
              action={act}
              fields={{ orderId, to: "cancelled" }}
              pending={pending}
              triggerVariant="destructive"
            >
              <NoteField label="İptal nedeni" refusal={refusalOf("cancelled")} />
            </ConfirmAction>
          )}
        </div>
      )}
      {refused && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {noteError ?? refused.formError}
        </p>
      )}
      {state?.ok && (
        <p ref={success} role="status" tabIndex={-1} className="text-sm text-brand-700 outline-none">
          {state.message}
        </p>
      )}
    </div>
  );
}
