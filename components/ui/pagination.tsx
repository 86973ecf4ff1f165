import Link from "next/link";

/** The page numbers worth a link: the first, the last and two on each side of the current one. */
export function pageWindow(current: number, pages: number): (number | "gap")[] {
  const wanted = new Set([1, pages]);
  for (let page = current - 2; page <= current + 2; page++) if (page >= 1 && page <= pages) wanted.add(page);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  for (const [index, page] of sorted.entries()) {
    if (index > 0 && page - sorted[index - 1]! > 1) out.push("gap");
    out.push(page);
  }
  return out;
}

/** Previous, next and the pages around the current one; `href` keeps the list's filters in each link. */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const linkClass =
    "rounded border border-stone-300 px-3 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white";
  return (
    <nav aria-label="Sayfalar" className="flex flex-wrap items-center gap-2 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className={linkClass}>
          Önceki
        </Link>
      )}
      {pageWindow(page, pages).map((item, index) =>
        item === "gap" ? (
          <span key={`gap-${index}`} aria-hidden="true">
            …
          </span>
        ) : (
          <Link
            key={item}
            href={href(item)}
            aria-current={item === page ? "page" : undefined}
            aria-label={`Sayfa ${item}`}
            className={linkClass}
          >
            {item}
          </Link>
        ),
      )}
      {page < pages && (
        <Link href={href(page + 1)} className={linkClass}>
          Sonraki
        </Link>
      )}
    </nav>
  );
}
