import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { DIRECTION_PARAM, DIRECTION_WORDS, listHref, SORT_PARAM } from "@/lib/list-params";
import type { Column, ListState } from "./types";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/** Where sorting by a column leads: by it, or the other way when the list is already sorted by it. */
function sortTarget<Row>(column: Column<Row>, list: ListState) {
  const current = list.sort?.key === column.key ? list.sort.direction : undefined;
  const next = current ? (current === "asc" ? "desc" : "asc") : (column.firstDirection ?? "asc");
  const href = listHref(list.path, list.params, { [SORT_PARAM]: column.key, [DIRECTION_PARAM]: DIRECTION_WORDS[next] });
  return { current, next, href };
}

/**
 * The link that sorts by a column: its header, an arrow for the current order, what a click does. A
 * plain link: the table opens it through the router (RouterLinks).
 */
function SortLink<Row>({ column, list, className }: { column: Column<Row>; list: ListState; className: string }) {
  const { current, next, href } = sortTarget(column, list);
  const Icon = current === "asc" ? ArrowUp : current === "desc" ? ArrowDown : ArrowUpDown;
  return (
    <a
      href={href}
      aria-current={current ? "true" : undefined}
      className={`inline-flex items-center gap-1 rounded-sm hover:text-foreground ${current ? "text-foreground" : ""} ${className}`}
    >
      {column.header}
      <Icon aria-hidden="true" className="size-3.5" />
      <span className="sr-only">{next === "asc" ? " (artan sırala)" : " (azalan sırala)"}</span>
    </a>
  );
}

/** A column header; a sortable one is a link that sorts by it (again: the other way). */
export function SortHeader<Row>({ column, list }: { column: Column<Row>; list: ListState }) {
  const end = column.align === "end";
  const base = `px-4 py-2.5 font-medium text-muted-foreground ${end ? "text-right" : "text-left"}`;
  if (!column.sortable) {
    return (
      <th scope="col" className={base}>
        {column.header}
      </th>
    );
  }
  const { current } = sortTarget(column, list);
  return (
    <th scope="col" aria-sort={current ? ARIA_SORT[current] : "none"} className={base}>
      <SortLink column={column} list={list} className={end ? "flex-row-reverse" : ""} />
    </th>
  );
}

/**
 * On a phone the header row is hidden (each row is a card): the same sort links, in a line above the
 * cards. Nothing when no column sorts.
 */
export function PhoneSort<Row>({ columns, list }: { columns: readonly Column<Row>[]; list: ListState }) {
  const sortable = columns.filter((column) => column.sortable);
  if (sortable.length === 0) return null;
  return (
    <nav aria-label="Sıralama" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm sm:hidden">
      <span className="text-muted-foreground">Sırala:</span>
      {sortable.map((column) => (
        <SortLink key={column.key} column={column} list={list} className="font-medium text-muted-foreground" />
      ))}
    </nav>
  );
}
