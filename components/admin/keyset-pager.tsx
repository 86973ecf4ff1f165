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

/** The pager's links for a list whose filters are the raw query parameters. */
export function keysetLinks(path: string, params: Params, page: { next: Cursor | null; previous: Cursor | null }) {
  return {
    first: page.previous ? keysetHref(path, params, null) : null,
    previous: page.previous ? keysetHref(path, params, page.previous) : null,
    next: page.next ? keysetHref(path, params, page.next) : null,
  };
}

function Off({ children }: { children: React.ReactNode }) {
  return (
    <span aria-disabled="true" className={cn(itemClass, "pointer-events-none opacity-50")}>
      {children}
    </span>
  );
}

/**
 * A keyset list's way back and on: the first page, the previous and the next (a page is a position in
 * the list's order, so a late page costs what the first does and there are no page numbers to jump
 * to). Plain links that keep the filters; a dimmed label at either end.
 */
export function KeysetPager({
  first = null,
  previous,
  next,
}: {
  first?: string | null;
  previous: string | null;
  next: string | null;
}) {
  if (!previous && !next) return null;
  const back = (
    <>
      <ChevronLeft aria-hidden="true" className="size-4" />
      Önceki
    </>
  );
  const on = (
    <>
      Sonraki
      <ChevronRight aria-hidden="true" className="size-4" />
    </>
  );
  return (
    <nav aria-label="Sayfalar" className="flex flex-wrap items-center justify-center gap-1.5">
      {first && (
        <Link href={first} className={itemClass}>
          <ChevronsLeft aria-hidden="true" className="size-4" />
          İlk sayfa
        </Link>
      )}
      {previous ? (
        <Link href={previous} rel="prev" className={itemClass}>
          {back}
        </Link>
      ) : (
        <Off>{back}</Off>
      )}
      {next ? (
        <Link href={next} rel="next" className={itemClass}>
          {on}
        </Link>
      ) : (
        <Off>{on}</Off>
      )}
    </nav>
  );
}
