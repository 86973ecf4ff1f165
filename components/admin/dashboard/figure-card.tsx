/**
 * One figure of the dashboard, the whole card a link to the filtered list it counts: what it is (with
 * a chevron), the number, and a line of detail. `tone="danger"` for figures that need someone today
 * (overdue). Its classes are in app/globals.css: the overview shows 14 of these. A plain link, which
 * the overview opens through the client-side router (RouterLinks around its figures and charts).
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
    <a href={href} className={tone === "default" ? "figure-card" : `figure-card figure-card-${tone}`}>
      <span className="figure-card-label">{label}</span>
      <span className="figure-card-value">{value}</span>
      {detail && <span className="text-xs text-muted-foreground">{detail}</span>}
    </a>
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
