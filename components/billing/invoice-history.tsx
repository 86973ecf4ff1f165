import { formatIstanbulDateTime } from "@/lib/dates";

const ACTION_LABELS: Record<string, string> = {
  "invoice.created": "Taslak oluşturuldu",
  "invoice.sent": "Fatura kesildi ve gönderildi",
  "invoice.reminder_sent": "Ödeme hatırlatması gönderildi",
  "invoice.overdue": "Vadesi geçti, son uyarı gönderildi",
  "invoice.suspension_applied": "Müşteri ödeme nedeniyle askıya alındı",
  "invoice.paid": "Ödendi",
  "invoice.cancelled": "İptal edildi",
};

type Entry = { id: string; action: string; actorLabel: string; createdAt: Date };

/** An invoice's history from the audit log, oldest first, with who did each step. */
export function InvoiceHistory({ entries }: { entries: readonly Entry[] }) {
  if (entries.length === 0) return <p className="text-sm text-muted-foreground">Kayıtlı bir işlem yok.</p>;
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-border pl-4 text-sm">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-col">
          <span className="font-medium">{ACTION_LABELS[entry.action] ?? entry.action}</span>
          <span className="text-muted-foreground">
            <time dateTime={entry.createdAt.toISOString()}>{formatIstanbulDateTime(entry.createdAt)}</time>
            {` · ${entry.actorLabel}`}
          </span>
        </li>
      ))}
    </ol>
  );
}
