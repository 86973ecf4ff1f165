import { ChevronLeft, ChevronRight, ChevronsLeft } from "lucide-react";
import { cn } from "./cn";
import { pageWindow } from "@/lib/list-params";

const itemClass =
  "inline-flex h-9 min-w-9 items-center justify-center gap-1 rounded-md border border-border bg-card px-3 text-sm font-medium hover:bg-muted aria-[current=page]:border-primary aria-[current=page]:bg-primary aria-[current=page]:text-primary-foreground";

/**
 * Previous, next and a bounded set of page links (first, last, the neighbours of the current page),
 * each a plain link (`href(page)` keeps the list's filters and sort; DataTable's RouterLinks opens
 * it through the router). On a phone: previous, "3 / 120", next.
 */
export function Pagination({
  href,
  page,
  pageCount,
  className,
}: {
  href: (page: number) => string;
  page: number;
  pageCount: number;
  className?: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Sayfalar" className={cn("flex flex-wrap items-center justify-center gap-1.5", className)}>
      {page > 1 ? (
        <a href={href(page - 1)} className={itemClass} rel="prev">
          <ChevronLeft aria-hidden="true" className="size-4" />
          Önceki
        </a>
      ) : (
        <span aria-disabled="true" className={cn(itemClass, "pointer-events-none opacity-50")}>
          <ChevronLeft aria-hidden="true" className="size-4" />
          Önceki
        </span>
      )}
      {pageWindow(page, pageCount).map((item, index) =>
        item === "gap" ? (
          <span key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted-foreground max-sm:hidden">
            …
          </span>
        ) : (
          <a
            key={item}
            href={href(item)}
            aria-current={item === page ? "page" : undefined}
            aria-label={`Sayfa ${item.toLocaleString("tr-TR")}`}
            className={cn(itemClass, "max-sm:hidden")}
          >
            {item.toLocaleString("tr-TR")}
          </a>
        ),
      )}
      <span className="px-2 text-sm text-muted-foreground sm:hidden">
        {`${page.toLocaleString("tr-TR")} / ${pageCount.toLocaleString("tr-TR")}`}
      </span>
      {page < pageCount ? (
        <a href={href(page + 1)} className={itemClass} rel="next">
          Sonraki
          <ChevronRight aria-hidden="true" className="size-4" />
        </a>
      ) : (
        <span aria-disabled="true" className={cn(itemClass, "pointer-events-none opacity-50")}>
          Sonraki
          <ChevronRight aria-hidden="true" className="size-4" />
        </span>
      )}
    </nav>
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
  className,
}: {
  first?: string | null;
  previous: string | null;
  next: string | null;
  className?: string;
}) {
  if (!previous && !next) return null;
  const disabled = cn(itemClass, "pointer-events-none opacity-50");
  return (
    <nav aria-label="Sayfalar" className={cn("flex flex-wrap items-center justify-center gap-1.5", className)}>
      {first && (
        <a href={first} className={itemClass}>
          <ChevronsLeft aria-hidden="true" className="size-4" />
          İlk sayfa
        </a>
      )}
      {previous ? (
        <a href={previous} className={itemClass} rel="prev">
          <ChevronLeft aria-hidden="true" className="size-4" />
          Önceki
        </a>
      ) : (
        <span aria-disabled="true" className={disabled}>
          <ChevronLeft aria-hidden="true" className="size-4" />
          Önceki
        </span>
      )}
      {next ? (
        <a href={next} className={itemClass} rel="next">
          Sonraki
          <ChevronRight aria-hidden="true" className="size-4" />
        </a>
      ) : (
        <span aria-disabled="true" className={disabled}>
          Sonraki
          <ChevronRight aria-hidden="true" className="size-4" />
        </span>
      )}
    </nav>
  );
}
