import { Suspense } from "react";
import { Alert } from "@/components/ui/alert";
import { formatIstanbulDateTime } from "@/lib/dates";
import { formatKurus } from "@/lib/money";
import { cardLabel, invoicePaymentsView, type InvoicePayment as Payment } from "@/lib/payments/read";
import { failedAttemptMessage } from "./failed-attempt";
import { PayButton } from "./pay-button";
import { PaymentNotice } from "./payment-notice";

type Invoice = { id: string; customerId: string; status: string; total: number };

const OPEN = ["sent", "overdue"];

/**
 * The card side of a customer's invoice: `Öde` for an open invoice (or, without Iyzico keys, why
 * not), what became of the last card attempt, and for a paid one the card it was paid with.
 */
export async function InvoicePayment({ invoice }: { invoice: Invoice }) {
  const view = await invoicePaymentsView({ invoiceId: invoice.id, customerId: invoice.customerId });
  const open = OPEN.includes(invoice.status);
  const settled = view.payments.filter((payment) => payment.status === "succeeded" || payment.status === "refunded");
  const failed = open && !view.openAttempt ? view.failedAttempt : null;
  return (
    <div className="flex flex-col gap-3 text-sm" data-testid="kart-odeme">
      <Suspense>
        <PaymentNotice failedAttemptShown={failed !== null} />
      </Suspense>
      {open && view.openAttempt && (
        <Alert tone="warning">
          Son kartlı ödeme denemeniz henüz sonuçlanmadı. Ödemeyi tamamladıysanız sonucu Iyzico&apos;dan alınır alınmaz
          fatura ödendi olarak görünür; tamamlamadıysanız yeniden ödeyebilirsiniz.
        </Alert>
      )}
      {failed && <Alert tone="error">{failedAttemptMessage(failed.failureReason)}</Alert>}
      {open &&
        (view.cardEnabled ? (
          <div className="flex flex-col gap-2">
            <p>{`${formatKurus(invoice.total)} tutarı kartınızla, Iyzico'nun güvenli ödeme sayfasında tek çekimle ödeyebilirsiniz.`}</p>
            <PayButton invoiceId={invoice.id} />
          </div>
        ) : (
          <Alert tone="info">
            Kartla ödeme şu anda yapılandırılmamış. Faturayı aşağıdaki IBAN&apos;a havale/EFT ile ödeyebilirsiniz.
          </Alert>
        ))}
      {settled.length > 0 && <PaidWith payments={settled} />}
    </div>
  );
}

function PaidWith({ payments }: { payments: Payment[] }) {
  return (
    <ul className="flex flex-col gap-2" aria-label="Ödemeler">
      {payments.map((payment) => {
        const card = cardLabel(payment);
        return (
          <li key={payment.id} className="flex flex-col gap-1" data-testid="odeme">
            <span className="font-medium">
              {card
                ? `Kartla ödendi: ${card}`
                : `Havale/EFT ile ödendi${payment.providerPaymentId ? ` (referans ${payment.providerPaymentId})` : ""}`}
            </span>
            <span className="text-muted-foreground">
              {`${formatKurus(payment.amount)}${payment.settledAt ? `, ${formatIstanbulDateTime(payment.settledAt)}` : ""}`}
            </span>
            {payment.refunds
              .filter((refund) => refund.status === "succeeded")
              .map((refund) => (
                <span key={refund.id}>{`İade edildi: ${formatKurus(refund.amount)} (${refund.reason})`}</span>
              ))}
          </li>
        );
      })}
    </ul>
  );
}
