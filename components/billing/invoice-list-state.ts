import type { ListState } from "@/components/ui/data-table";
import { INVOICES_PAGE_SIZE, invoiceOrder, isFiltered, type InvoiceListQuery } from "@/lib/billing/filters";

/** What DataTable needs to know about an invoice list: its URL's values, its order and its page. */
export function invoiceListState(
  path: string,
  query: Partial<InvoiceListQuery>,
  list: { page: number; pageCount: number; count: number },
): ListState {
  const order = invoiceOrder(query);
  return {
    path,
    params: {
      durum: query.status,
      donem: query.period,
      musteri: query.customerId,
      q: query.search,
      sirala: query.sort && query.sort !== "donem" ? query.sort : query.direction ? query.sort : undefined,
      yon: query.direction,
    },
    page: list.page,
    pageCount: list.pageCount,
    total: list.count,
    pageSize: INVOICES_PAGE_SIZE,
    sort: order,
    filtered: isFiltered(query),
  };
}
