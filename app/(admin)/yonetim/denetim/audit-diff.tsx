import { cn } from "@/components/ui/cn";
import { auditDiff } from "@/lib/audit-log/diff";
import type { AuditPeople } from "@/lib/audit-log/labels";

function Value({ text, changed, side }: { text: string | null; changed: boolean; side: "before" | "after" }) {
  if (text === null) return <span className="text-muted-foreground">–</span>;
  return (
    <span
      className={cn(
        "rounded-sm px-1 wrap-anywhere",
        changed && side === "before" && "bg-red-50 text-red-900 line-through decoration-red-400",
        changed && side === "after" && "text-brand-900 bg-brand-50 font-semibold",
      )}
    >
      {text}
    </span>
  );
}

/**
 * Before and after side by side, one line per field in Turkish (changed ones highlighted); on a phone
 * each field stacks its two values. The labels say which side is which, so colour is not the only sign.
 */
// The field's name and its two values share what the other columns leave: a long value wraps within
// its own column (wrap-anywhere), so none of them widens the table past its box.
const diffColumns = "sm:grid-cols-[minmax(0,7rem)_minmax(0,1fr)_minmax(0,1fr)]";

export function AuditDiff({
  entityType,
  before,
  after,
  people,
}: {
  entityType: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Names of the users whose ids the row may store (a reviewer): the row's actor at least. */
  people?: AuditPeople;
}) {
  const fields = auditDiff(entityType, before, after, people);
  if (fields.length === 0) return <span className="text-muted-foreground">–</span>;
  return (
    <dl className="flex w-full min-w-0 flex-col gap-1.5 text-left sm:min-w-[17rem]">
      <div aria-hidden="true" className={cn("hidden gap-2 text-xs text-muted-foreground sm:grid", diffColumns)}>
        <span>Alan</span>
        <span>Önce</span>
        <span>Sonra</span>
      </div>
      {fields.map((field) => (
        <div key={field.key} className={cn("grid gap-x-2 gap-y-0.5", diffColumns)}>
          <dt className="font-medium wrap-anywhere" title={field.key}>
            {field.label}
            {field.changed && <span className="sr-only"> (değişti)</span>}
          </dt>
          <dd className="min-w-0">
            <span className="mr-1 text-xs text-muted-foreground sm:sr-only">Önce:</span>
            <Value text={field.before} changed={field.changed} side="before" />
          </dd>
          <dd className="min-w-0">
            <span className="mr-1 text-xs text-muted-foreground sm:sr-only">Sonra:</span>
            <Value text={field.after} changed={field.changed} side="after" />
          </dd>
        </div>
      ))}
    </dl>
  );
}
