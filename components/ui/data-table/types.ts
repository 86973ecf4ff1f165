import type { ListParams, SortDirection, SortState } from "@/lib/list-params";

/**
 * How a column shows on a phone, where each row becomes a card:
 * - `title`: the row's number or name, the card's heading (always shown; the row's header cell);
 * - `status`: beside the title (always shown);
 * - `detail`: a labelled line in the card (the default);
 * - `hidden`: only on wider screens (secondary detail a phone can do without).
 */
export type MobileRole = "title" | "status" | "detail" | "hidden";

export type Column<Row> = {
  /** Unique; also the sort key in the URL (`?sirala=key`) when the column is sortable. */
  key: string;
  header: string;
  cell: (row: Row) => React.ReactNode;
  mobile?: MobileRole;
  align?: "start" | "end";
  sortable?: boolean;
  /** The direction of the first click on the header (dates newest first: "desc"). */
  firstDirection?: SortDirection;
  className?: string;
};

/** Where the list is and what it holds: the page gives it from its parsed URL and its query. */
export type ListState = {
  path: string;
  /** The URL's current filters and sort (checked values only); kept by every link. */
  params: ListParams;
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  sort?: SortState;
  /** A filter is set: an empty list then means "nothing matches", with a link that clears them. */
  filtered: boolean;
  /**
   * A keyset list (no page numbers): the links to the previous and the next page, null at either
   * end. `total` is then a capped count, and `totalCapped` says the list holds more than it.
   */
  keyset?: { first?: string | null; previous: string | null; next: string | null };
  totalCapped?: boolean;
};
