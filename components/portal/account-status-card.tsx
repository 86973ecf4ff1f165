import { Link } from "@/components/ui/link";
import { formatIstanbulDateTime } from "@/lib/dates";
import { formatKurus } from "@/lib/money";
import { INVOICES_PATH } from "@/lib/orders/messages";

const STATUS_LABELS = { active: "Etkin", inactive: "Etkin değil", suspended: "Askıya alındı" } as const;

type NextDue = { id: string; invoiceNumber: string | null; total: number; dueAt: Date | null; status: string } | null;

export function AccountStatusCard({
  status,
  totalPaid,
  nextDue,
}: {
  status: keyof typeof STATUS_LABELS;
  totalPaid: number;
  nextDue: NextDue;
}) {
  return (
    <section aria-labelledby="hesap-durumu" className="rounded-lg border border-border bg-card p-4 sm:p-6">
      <h2 id="hesap-durumu" className="mb-3 text-lg font-semibold">
        Hesap ve ödemeler
      </h2>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-stone-600">Hesap durumu</dt>
          <dd className="font-semibold" data-testid="hesap-durumu">
            {STATUS_LABELS[status]}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">Toplam ödenen</dt>
          <dd className="font-semibold">{formatKurus(totalPaid)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">Sıradaki ödeme</dt>
          <dd className="font-semibold">
            {nextDue ? (
              <Link href={`${INVOICES_PATH}/${nextDue.id}`} className="text-brand-700 underline">
                {`${nextDue.invoiceNumber ?? "Fatura"}: ${formatKurus(nextDue.total)}${nextDue.dueAt ? `, son gün ${formatIstanbulDateTime(nextDue.dueAt)}` : ""}`}
              </Link>
            ) : (
              "Ödenecek fatura yok"
            )}
          </dd>
        </div>
      </dl>
      <Link href={INVOICES_PATH} className="mt-4 inline-block text-sm font-semibold text-brand-700 underline">
        Tüm faturalar
      </Link>
    </section>
  );
}
