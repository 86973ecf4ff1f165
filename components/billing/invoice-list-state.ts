import type { ListState } from "@/components/ui/data-table";
import { INVOICES_PAGE_SIZE, isFiltered, type InvoiceListQuery } from "@/lib/billing/filters";
import type { ListParams } from "@/lib/list-params";

/**
 * What DataTable needs to know about an invoice list: its URL's values (`params`, from the list's own
 * definition: `adminInvoiceList.params(query)`), its order and its page.
 */
export function invoiceListState(
  path: string,
  query: Partial<InvoiceListQuery>,
  params: ListParams,
  list: { page: number; pageCount: number; count: number },
): ListState {
  return {
    path,
    params,
    page: list.page,
    pageCount: list.pageCount,
    total: list.count,
    pageSize: INVOICES_PAGE_SIZE,
    sort: query.order,
    filtered: isFiltered(query),
  };
}
