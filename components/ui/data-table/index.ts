export { DataTable } from "./data-table";
export type { Column, ListState, MobileRole } from "./types";
export { ListTotal, ListTotals } from "./totals";
export { FilterBar, FilterDateRange, FilterSearch, FilterSelect } from "./filter-bar";
export {
  FilterNotice,
  IgnoredFilterNotice,
  ignoredDayReason,
  ignoredTextReason,
  type IgnoredField,
} from "./filter-notice";
export {
  DIRECTION_PARAM,
  DIRECTION_WORDS,
  listHref,
  PAGE_PARAM,
  pageWindow,
  parseDirection,
  SORT_PARAM,
  type ListParams,
  type SortDirection,
  type SortState,
} from "@/lib/list-params";
