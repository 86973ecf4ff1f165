import Link from "next/link";
import { orderListHref, type OrderListQuery } from "@/lib/orders/filters";

/** Previous / next and the page numbers, each link keeping the filters. */
export function Pagination({ path, query, pageCount }: { path: string; query: OrderListQuery; pageCount: number }) {
  if (pageCount <= 1) return null;
  const link = (page: number) => orderListHref(path, { ...query, page });
  const linkClass =
    "rounded border border-stone-300 px-3 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white";
  return (
    <nav aria-label="Sayfalar" className="flex flex-wrap items-center gap-2 text-sm">
      {query.page > 1 && (
        <Link href={link(query.page - 1)} className={linkClass}>
          Önceki
        </Link>
      )}
      {Array.from({ length: pageCount }, (_, index) => index + 1).map((page) => (
        <Link
          key={page}
          href={link(page)}
          aria-current={page === query.page ? "page" : undefined}
          aria-label={`Sayfa ${page}`}
          className={linkClass}
        >
          {page}
        </Link>
      ))}
      {query.page < pageCount && (
        <Link href={link(query.page + 1)} className={linkClass}>
          Sonraki
        </Link>
      )}
    </nav>
  );
}
