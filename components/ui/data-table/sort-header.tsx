import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { DIRECTION_PARAM, DIRECTION_WORDS, listHref, SORT_PARAM } from "@/lib/list-params";
import type { Column, ListState } from "./types";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

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
  const current = list.sort?.key === column.key ? list.sort.direction : undefined;
  const next = current ? (current === "asc" ? "desc" : "asc") : (column.firstDirection ?? "asc");
  const href = listHref(list.path, list.params, { [SORT_PARAM]: column.key, [DIRECTION_PARAM]: DIRECTION_WORDS[next] });
  const Icon = current === "asc" ? ArrowUp : current === "desc" ? ArrowDown : ArrowUpDown;
  return (
    <th scope="col" aria-sort={current ? ARIA_SORT[current] : "none"} className={base}>
      <Link
        href={href}
        className={`inline-flex items-center gap-1 rounded-sm hover:text-foreground ${end ? "flex-row-reverse" : ""} ${current ? "text-foreground" : ""}`}
      >
        {column.header}
        <Icon aria-hidden="true" className="size-3.5" />
        <span className="sr-only">{next === "asc" ? " (artan sırala)" : " (azalan sırala)"}</span>
      </Link>
    </th>
  );
}
