/** A list's totals line (DataTable's `footer`): label and figure pairs, named for screen readers. */
export function ListTotals({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1" aria-label={label}>
      {children}
    </dl>
  );
}

/** One figure of the totals line; `id` names it for tests (`toplam-<id>`). */
export function ListTotal({ label, id, children }: { label: string; id: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="text-muted-foreground">{label}:</dt>
      <dd className="tabular-nums" data-testid={`toplam-${id}`}>
        {children}
      </dd>
    </div>
  );
}
