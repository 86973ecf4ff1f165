import { ChevronRight } from "lucide-react";
import { Link } from "@/components/ui/link";
import { cn } from "@/components/ui/cn";

export type Crumb = { href: string; label: string };

/** Where a page sits: its parents as links, the page itself last (aria-current). */
export function Breadcrumbs({ items, current }: { items: readonly Crumb[]; current: string }) {
  return (
    <nav aria-label="Sayfa yolu">
      <ol className="flex flex-wrap items-center gap-1 text-sm text-muted-foreground">
        {items.map((item) => (
          <li key={item.href} className="flex items-center gap-1">
            <Link href={item.href} className="rounded-sm hover:text-foreground hover:underline">
              {item.label}
            </Link>
            <ChevronRight aria-hidden="true" className="size-3.5" />
          </li>
        ))}
        <li aria-current="page" className="max-w-full truncate font-medium text-foreground">
          {current}
        </li>
      </ol>
    </nav>
  );
}

/**
 * The top of every page in the portal and the admin: the title (the page's one h1), what the page
 * is for, its main actions, and for a page below a list the way back.
 */
export function PageHeader({
  title,
  description,
  actions,
  breadcrumbs,
  className,
}: {
  title: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  /** The parents of this page; the title is the last crumb. */
  breadcrumbs?: readonly Crumb[];
  className?: string;
}) {
  return (
    <header className={cn("flex flex-col gap-3", className)}>
      {breadcrumbs && breadcrumbs.length > 0 && <Breadcrumbs items={breadcrumbs} current={title} />}
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <div className="flex min-w-0 flex-col gap-1">
          <h1 className="text-2xl font-bold tracking-tight break-words">{title}</h1>
          {description && <div className="max-w-3xl text-sm text-muted-foreground">{description}</div>}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </div>
    </header>
  );
}
