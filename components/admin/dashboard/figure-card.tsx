import { ChevronRight } from "lucide-react";
import { Link } from "@/components/ui/link";
import { cn } from "@/components/ui/cn";

/**
 * One figure of the dashboard, the whole card a link to the filtered list it counts: what it is, the
 * number, and a line of detail. `tone="danger"` for figures that need someone today (overdue).
 */
export function FigureCard({
  label,
  value,
  detail,
  href,
  tone = "default",
}: {
  label: string;
  value: string;
  detail?: string;
  href: string;
  tone?: "default" | "danger" | "warning";
}) {
  return (
    <Link
      href={href}
      className={cn(
        "group flex min-w-0 flex-col gap-1 rounded-lg border border-border bg-card p-4 transition-colors hover:border-primary/50 hover:bg-muted/40",
        tone === "danger" && "border-red-200",
        tone === "warning" && "border-amber-300",
      )}
    >
      <span className="flex items-center justify-between gap-2 text-sm text-muted-foreground">
        {label}
        <ChevronRight aria-hidden="true" className="size-4 shrink-0 opacity-60 group-hover:opacity-100" />
      </span>
      <span
        className={cn(
          "text-2xl font-bold tracking-tight break-words tabular-nums",
          tone === "danger" && "text-red-700",
          tone === "warning" && "text-amber-800",
        )}
      >
        {value}
      </span>
      {detail && <span className="text-xs text-muted-foreground">{detail}</span>}
    </Link>
  );
}

/** A titled group of figure cards. */
export function FigureGroup({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-4">{children}</div>
    </section>
  );
}
