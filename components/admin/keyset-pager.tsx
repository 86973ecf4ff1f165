import { ChevronLeft, ChevronRight, ChevronsLeft } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { encodeCursor, type Cursor } from "@/lib/list-params";

const itemClass =
  "inline-flex h-9 items-center justify-center gap-1 rounded-md border border-border bg-card px-3 text-sm font-medium hover:bg-muted";

type Params = Readonly<Record<string, string | undefined>>;

/** `path?filters&sonra=…`: the list's filters with the keyset position of the page to show. */
export function keysetHref(path: string, params: Params, cursor: Cursor | null): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === "sonra" || key === "once" || key === "sayfa" || value === undefined || value === "") continue;
    search.set(key, value);
  }
  if (cursor) search.set(cursor.direction === "after" ? "sonra" : "once", encodeCursor(cursor.key));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The pages of a keyset list: the first, the previous and the next (a late page costs what the first
 * does, so there are no page numbers to jump to). Plain links that keep the filters.
 */
export function KeysetPager({
  path,
  params,
  next,
  previous,
}: {
  path: string;
  params: Params;
  next: Cursor | null;
  previous: Cursor | null;
}) {
  if (!next && !previous) return null;
  const off = (label: string, icon: React.ReactNode, after = false) => (
    <span aria-disabled="true" className={cn(itemClass, "pointer-events-none opacity-50")}>
      {!after && icon}
      {label}
      {after && icon}
    </span>
  );
  return (
    <nav aria-label="Sayfalar" className="flex flex-wrap items-center justify-center gap-1.5">
      {previous && (
        <Link href={keysetHref(path, params, null)} className={itemClass}>
          <ChevronsLeft aria-hidden="true" className="size-4" />
          İlk sayfa
        </Link>
      )}
      {previous ? (
        <Link href={keysetHref(path, params, previous)} className={itemClass} rel="prev">
          <ChevronLeft aria-hidden="true" className="size-4" />
          Önceki
        </Link>
      ) : (
        off("Önceki", <ChevronLeft aria-hidden="true" className="size-4" />)
      )}
      {next ? (
        <Link href={keysetHref(path, params, next)} className={itemClass} rel="next">
          Sonraki
          <ChevronRight aria-hidden="true" className="size-4" />
        </Link>
      ) : (
        off("Sonraki", <ChevronRight aria-hidden="true" className="size-4" />, true)
      )}
    </nav>
  );
}
