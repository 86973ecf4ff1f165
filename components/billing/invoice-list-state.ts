import type { ListState } from "@/components/ui/data-table";
import { INVOICES_PAGE_SIZE, isFiltered, type InvoiceListQuery } from "@/lib/billing/filters";
import type { ListParams } from "@/lib/list-params";

/**
 * What DataTable needs to know about an invoice list: its URL's values as the list's own definition
 * writes them (`adminInvoiceList` or `customerInvoiceList`, so every link keeps every filter), its
 * order and its page.
 */
export function invoiceListState<Query extends Partial<InvoiceListQuery>>(
  path: string,
  definition: { params: (query: Query) => ListParams },
  query: Query,
  list: { page: number; pageCount: number; count: number; countCapped: boolean },
): ListState {
  return {
    path,
    params: definition.params(query),
    page: list.page,
    pageCount: list.pageCount,
    total: list.count,
    totalCapped: list.countCapped,
    pageSize: INVOICES_PAGE_SIZE,
    sort: query.order,
    filtered: isFiltered(query),
  };
}
