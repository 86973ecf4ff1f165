import { Download } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/** Where a page starts: the file holds every page, so it leaves them out (it keeps the sort). */
const POSITION_KEYS = new Set(["sayfa", "sonra", "once"]);

type Params = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * `/yonetim/siparisler/csv?durum=pending`: the export route of a list with the list's current
 * filters and sort (every page of them: the page number and the keyset position are dropped). Exported for
 * the tests and for a page that wants the address without the button.
 */
export function csvHref(href: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (POSITION_KEYS.has(key) || value === undefined) continue;
    for (const one of typeof value === "string" ? [value] : value) if (one !== "") search.append(key, one);
  }
  const text = search.toString();
  return text ? `${href}?${text}` : href;
}

/**
 * `CSV indir` on an admin list: a plain link (the route streams the file with its own name and date;
 * a client-side `Link` would try to render it as a page), so it works without JavaScript.
 * `<CsvLink href="/yonetim/siparisler/csv" params={await searchParams} />`.
 */
export function CsvLink({ href, params, className }: { href: string; params?: Params; className?: string }) {
  return (
    <a href={csvHref(href, params)} download className={cn(buttonVariants({ variant: "outline" }), className)}>
      <Download aria-hidden="true" />
      CSV indir
    </a>
  );
}
