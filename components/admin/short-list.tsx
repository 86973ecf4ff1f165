import { ArrowRight } from "lucide-react";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { RouterLinks } from "@/components/ui/router-links";

export type ShortListItem = {
  key: string;
  href?: string;
  title: React.ReactNode;
  detail?: React.ReactNode;
  badge?: React.ReactNode;
};

/**
 * A few latest rows of something that belongs to a record (its orders, invoices, e-mails), each
 * linking to its page, and a link to the full list filtered to the record. Plain links, opened
 * through the client-side router by the card (RouterLinks): one client component, not one per row.
 */
export function ShortList({
  id,
  title,
  items,
  empty,
  all,
}: {
  id: string;
  title: string;
  items: readonly ShortListItem[];
  empty: string;
  /** The full list behind it: "Tüm siparişleri" → the order list filtered to the customer. */
  all?: { href: string; label: string };
}) {
  return (
    <Card aria-labelledby={id}>
      <RouterLinks className="contents">
        <CardHeader>
          <CardTitle id={id}>{title}</CardTitle>
          {all && (
            <a href={all.href} className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline">
              {all.label}
              <ArrowRight aria-hidden="true" className="size-3.5" />
            </a>
          )}
        </CardHeader>
        {items.length === 0 ? (
          <p className="text-sm text-muted-foreground">{empty}</p>
        ) : (
          <ul className="-my-2 divide-y divide-border">
            {items.map((item) => (
              <li key={item.key} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2 text-sm">
                <div className="flex min-w-0 flex-col">
                  {item.href ? (
                    <a href={item.href} className="font-medium break-words text-brand-700 hover:underline">
                      {item.title}
                    </a>
                  ) : (
                    <span className="font-medium break-words">{item.title}</span>
                  )}
                  {item.detail && <span className="text-xs break-words text-muted-foreground">{item.detail}</span>}
                </div>
                {item.badge}
              </li>
            ))}
          </ul>
        )}
      </RouterLinks>
    </Card>
  );
}

/** Label and value pairs of a record (profile, contract). */
export function Facts({ items }: { items: readonly { label: string; value: React.ReactNode }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {items.map((item) => (
        <div key={item.label} className="flex min-w-0 flex-col gap-0.5">
          <dt className="text-muted-foreground">{item.label}</dt>
          <dd className="break-words">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
