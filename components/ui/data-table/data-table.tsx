import { SearchX } from "lucide-react";
import { listHref, PAGE_PARAM } from "@/lib/list-params";
import { buttonVariants } from "../button";
import { EmptyState } from "../empty-state";
import { KeysetPager, Pagination } from "../pagination";
import { RouterLinks } from "../router-links";
import { PhoneSort, SortHeader } from "./sort-header";
import type { Column, ListState, MobileRole } from "./types";

export type { Column, ListState } from "./types";

// Below `sm` each row is a card: the title and the status on the first line, every other shown
// column a labelled line under them. One table in the HTML, laid out twice by CSS (the data-row and
// data-cell-* role classes of app/globals.css).
const cellByRole: Record<MobileRole, string> = {
  title: "data-cell-title",
  status: "data-cell-status",
  detail: "data-cell-detail",
  hidden: "data-cell-hidden",
};

function Summary({ list, noun }: { list: ListState; noun: string }) {
  if (list.total === 0) return null;
  const format = (n: number) => n.toLocaleString("tr-TR");
  if (list.keyset) {
    return (
      <p className="text-sm text-muted-foreground">{`${format(list.total)}${list.totalCapped ? "+" : ""} ${noun}`}</p>
    );
  }
  const first = (list.page - 1) * list.pageSize + 1;
  const last = Math.min(list.page * list.pageSize, list.total);
  return (
    <p className="text-sm text-muted-foreground">
      {`${format(list.total)}${list.totalCapped ? "+" : ""} ${noun}`}
      {list.pageCount > 1 && first <= last && <span>{` · ${format(first)}–${format(last)} arası`}</span>}
    </p>
  );
}

function Pager({ list }: { list: ListState }) {
  if (list.keyset) return <KeysetPager {...list.keyset} />;
  return (
    <Pagination
      href={(page) => listHref(list.path, list.params, { [PAGE_PARAM]: page > 1 ? String(page) : undefined })}
      page={list.page}
      pageCount={list.pageCount}
    />
  );
}

/**
 * The one list of the app: server-rendered, its filters, sort and page in the URL (links and GET
 * forms, no client state), page links bounded, rows as cards on phones, and two different empty
 * states: nothing yet (`empty`) and nothing matching the filters (with a link that clears them).
 * `actions` is the toolbar's slot (`CSV indir`); `footer` the totals'. Its links, the cells' too, are
 * plain `<a>`: the table opens them through the client-side router (RouterLinks), one client
 * component for the list instead of one `Link` per row.
 */
export function DataTable<Row>({
  caption,
  noun,
  columns,
  rows,
  rowKey,
  list,
  empty,
  actions,
  footer,
}: {
  /** Names the table for screen readers ("Siparişler"). */
  caption: string;
  /** What a row is, for the count ("sipariş": "1.234 sipariş"). */
  noun: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  list: ListState;
  empty: { title: string; description?: React.ReactNode; action?: React.ReactNode };
  actions?: React.ReactNode;
  footer?: React.ReactNode;
}) {
  const header = (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <Summary list={list} noun={noun} />
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </div>
  );
  if (rows.length === 0) {
    return (
      <RouterLinks className="flex flex-col gap-3">
        {header}
        <NoRows list={list} empty={empty} />
      </RouterLinks>
    );
  }
  return (
    <RouterLinks className="flex flex-col gap-3">
      {header}
      <PhoneSort columns={columns} list={list} />
      {/* Positioned: the cells' screen-reader-only labels are placed inside the scroll box, not the page. */}
      <div className="sm:relative sm:overflow-x-auto sm:rounded-lg sm:border sm:border-border sm:bg-card">
        <table className="w-full text-sm max-sm:block">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-muted/60 max-sm:sr-only">
            <tr>
              {columns.map((column) => (
                <SortHeader key={column.key} column={column} list={list} />
              ))}
            </tr>
          </thead>
          <tbody className="max-sm:flex max-sm:flex-col max-sm:gap-3">
            {rows.map((row) => (
              <tr key={rowKey(row)} className="data-row">
                {columns.map((column) => {
                  const role = column.mobile ?? "detail";
                  const className = [cellByRole[role], column.align === "end" && "data-cell-end", column.className]
                    .filter(Boolean)
                    .join(" ");
                  return role === "title" ? (
                    <th key={column.key} scope="row" className={className}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} data-label={column.header} className={className}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {footer && (
        <div className="rounded-lg border border-border bg-muted/60 px-4 py-3 text-sm font-medium">{footer}</div>
      )}
      <Pager list={list} />
    </RouterLinks>
  );
}

function NoRows({
  list,
  empty,
}: {
  list: ListState;
  empty: { title: string; description?: React.ReactNode; action?: React.ReactNode };
}) {
  if (list.filtered) {
    return (
      <EmptyState
        icon={<SearchX />}
        title="Bu filtrelere uyan kayıt yok"
        description="Filtreleri değiştirin ya da temizleyip tüm listeyi görün."
        action={
          <a href={list.path} className={buttonVariants({ variant: "outline" })}>
            Filtreleri temizle
          </a>
        }
      />
    );
  }
  if (list.total > 0) {
    // A page past the end (an old link): the rows exist, just not here.
    return (
      <EmptyState
        title="Bu sayfada kayıt yok"
        action={
          <a href={list.path} className={buttonVariants({ variant: "outline" })}>
            İlk sayfaya dön
          </a>
        }
      />
    );
  }
  return <EmptyState title={empty.title} description={empty.description} action={empty.action} />;
}
