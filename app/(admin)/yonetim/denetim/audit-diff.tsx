import { cn } from "@/components/ui/cn";
import { auditDiff } from "@/lib/audit-log/diff";

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
export function AuditDiff({
  entityType,
  before,
  after,
}: {
  entityType: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}) {
  const fields = auditDiff(entityType, before, after);
  if (fields.length === 0) return <span className="text-muted-foreground">–</span>;
  return (
    <dl className="flex w-full min-w-0 flex-col gap-1.5 text-left sm:min-w-[24rem]">
      <div aria-hidden="true" className="hidden grid-cols-[8rem_1fr_1fr] gap-2 text-xs text-muted-foreground sm:grid">
        <span>Alan</span>
        <span>Önce</span>
        <span>Sonra</span>
      </div>
      {fields.map((field) => (
        <div key={field.key} className="grid gap-x-2 gap-y-0.5 sm:grid-cols-[8rem_1fr_1fr]">
          <dt className="font-medium wrap-break-word" title={field.key}>
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
