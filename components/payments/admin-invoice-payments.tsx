import { PAYMENT_STATUS_TONES } from "@/components/status/tones";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatIstanbulDateTime } from "@/lib/dates";
import { formatKurus, kurusToInput } from "@/lib/money";
import { cardLabel, invoicePaymentsView, type InvoicePayment } from "@/lib/payments/read";
import { paymentStatus, refundStatus } from "@/lib/payments/status";
import { RefundForm } from "./refund-form";
import { ResolveRefund } from "./resolve-refund";

const PROVIDERS = { iyzico: "Kart (Iyzico)", bank_transfer: "Havale/EFT" } as const;

/**
 * Operations' view of an invoice's payments: each attempt and payment with its status, the card
 * (network and last four) or the bank reference, refunds with their reasons and outcomes, and
 * `İade et` for a card payment with something left to refund.
 */
export async function AdminInvoicePayments({ invoiceId }: { invoiceId: string }) {
  const { payments } = await invoicePaymentsView({ invoiceId, customerId: null });
  if (payments.length === 0) {
    return <p className="text-sm text-muted-foreground">Bu fatura için henüz ödeme yok.</p>;
  }
  return (
    <ul className="flex flex-col divide-y text-sm" aria-label="Ödemeler">
      {payments.map((payment) => (
        <PaymentItem key={payment.id} payment={payment} />
      ))}
    </ul>
  );
}

function PaymentItem({ payment }: { payment: InvoicePayment }) {
  const left = payment.amount - payment.refundedAmount;
  const inFlight = payment.refunds.some((refund) => refund.status === "requested");
  const refundable = payment.provider === "iyzico" && payment.status === "succeeded" && left > 0 && !inFlight;
  const card = cardLabel(payment);
  return (
    <li className="flex flex-col gap-2 py-3" data-testid="yonetim-odeme">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{PROVIDERS[payment.provider]}</span>
        <StatusBadge status={payment.status} labels={paymentStatus.labels} tones={PAYMENT_STATUS_TONES} />
        <span>{formatKurus(payment.amount)}</span>
      </div>
      <p className="break-words text-muted-foreground">
        {[
          card,
          payment.providerPaymentId &&
            `${payment.provider === "iyzico" ? "Iyzico ödeme no" : "Referans"} ${payment.providerPaymentId}`,
          `başlatıldı ${formatIstanbulDateTime(payment.createdAt)}`,
          payment.settledAt && `sonuçlandı ${formatIstanbulDateTime(payment.settledAt)}`,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {payment.failureReason && <p className="text-destructive">{payment.failureReason}</p>}
      {payment.refundedAmount > 0 && <p>{`İade edilen toplam: ${formatKurus(payment.refundedAmount)}`}</p>}
      {payment.refunds.length > 0 && (
        <ul className="flex flex-col gap-1 pl-4" aria-label="İadeler">
          {payment.refunds.map((refund) => (
            <li key={refund.id}>
              {`${formatKurus(refund.amount)}, ${refundStatus.label(refund.status)}, ${formatIstanbulDateTime(refund.createdAt)}: ${refund.reason}`}
              {refund.failureReason && ` (${refund.failureReason})`}
              {refund.status === "requested" && (
                <div className="mt-1 flex flex-col gap-2">
                  <p>
                    Iyzico&apos;nun yanıtı alınamadı; iade yeniden gönderilmez. Sonucu Iyzico panelinden kontrol edip
                    kaydedin.
                  </p>
                  <ResolveRefund refundId={refund.id} amountLabel={formatKurus(refund.amount)} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {refundable && (
        <RefundForm
          paymentId={payment.id}
          requestKey={crypto.randomUUID()}
          refundable={kurusToInput(left)}
          refundableLabel={formatKurus(left)}
        />
      )}
    </li>
  );
}
