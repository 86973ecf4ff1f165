/**
 * The invoice lists: the customer's own (never its drafts) and operations' (every invoice), filtered,
 * sorted and paged as their URL says (lib/billing/filters.ts), with SQL totals of everything the
 * filters choose; and the same filtered rows for `CSV indir`.
 */
import { and, desc, eq, gte, lt, ne, sql, type SQL } from "drizzle-orm";
import {
  DEFAULT_INVOICE_ORDER,
  INVOICES_MAX_PAGE,
  INVOICES_PAGE_SIZE,
  type InvoiceListQuery,
  type InvoiceSort,
} from "@/lib/billing/filters";
import { periodOfKey } from "@/lib/billing/period";
import { istanbulDayRange } from "@/lib/list-params";
import type { DbOrTx } from "../index";
import { customers, invoices } from "../schema";
import { matchesSearch } from "./customers";
import { exportSource, istanbulText } from "./export-source";
import { COUNT_CAP, keysetOrderBy, type KeyColumn, type KeysetOrder } from "./keyset";

export type InvoiceListFilters = Partial<Omit<InvoiceListQuery, "page" | "cursor">>;

/**
 * The filters as one condition. `customerId` is the owner (a customer's list: only its issued
 * invoices), null for operations, who may then choose a customer or search by name or tax number.
 */
export function invoiceListWhere(customerId: string | null, filters: InvoiceListFilters): SQL | undefined {
  const owner = customerId ?? filters.customerId;
  const paid = customerId === null ? istanbulDayRange({ fromDate: filters.paidFrom, toDate: filters.paidTo }) : {};
  return and(
    owner ? eq(invoices.customerId, owner) : undefined,
    customerId ? ne(invoices.status, "draft") : undefined,
    filters.status ? eq(invoices.status, filters.status) : undefined,
    filters.period ? eq(invoices.periodStart, periodOfKey(filters.period).start) : undefined,
    paid.from ? gte(invoices.paidAt, paid.from) : undefined,
    paid.to ? lt(invoices.paidAt, paid.to) : undefined,
    customerId === null ? matchesSearch(filters.search) : undefined,
  );
}

const period: KeyColumn = { column: invoices.periodStart, kind: "timestamp" };
// Drafts have no number nor due time: after every value, so last going up and first going down (keyset.ts).
const invoiceNumber: KeyColumn = { column: invoices.invoiceNumber, kind: "text", nullable: true };

const SORT_COLUMNS: Record<InvoiceSort, KeyColumn[]> = {
  donem: [period, invoiceNumber],
  numara: [invoiceNumber],
  // The name's sort key (lib/sort-key.ts), as the customer list sorts: Ç between C and D, whatever the locale.
  firma: [{ column: customers.sortName, kind: "text" }, period],
  tutar: [{ column: invoices.total, kind: "bigint" }],
  vade: [{ column: invoices.dueAt, kind: "timestamp", nullable: true }],
};

/**
 * The list's order, the one its pages and its CSV share: the sorted column (and the next that tells
 * its ties apart), then the id, in one direction, so that the order is total and an export's batches
 * can continue after a row's key.
 */
export function invoiceOrder(order: InvoiceListFilters["order"] = DEFAULT_INVOICE_ORDER): KeysetOrder {
  return { columns: [...SORT_COLUMNS[order.key], { column: invoices.id, kind: "uuid" }], direction: order.direction };
}

/**
 * One page of the list, and the count and sums (subtotal, KDV, total) of what the filters choose, read
 * from at most `cap` + 1 of those rows in the list's order (its index): past `cap` (COUNT_CAP) the
 * count reads "10.000+" and there are no sums, since summing a whole period of 100,000 customers' invoices
 * (or every invoice) reads that much of the table on every view of the list. A customer's own list is
 * always far below.
 */
export async function listInvoices(
  db: DbOrTx,
  params: { customerId: string | null; filters: InvoiceListFilters & { page: number }; cap?: number },
) {
  const cap = params.cap ?? COUNT_CAP;
  const where = invoiceListWhere(params.customerId, params.filters);
  const order = keysetOrderBy(invoiceOrder(params.filters.order), null);
  const page = Math.min(Math.max(1, params.filters.page), INVOICES_MAX_PAGE);
  const chosen = db
    .select({ subtotal: invoices.subtotal, kdv: invoices.kdv, total: invoices.total })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(where)
    .orderBy(...order)
    .limit(cap + 1)
    .as("chosen");
  const [rows, [sums]] = await Promise.all([
    db
      .select({
        id: invoices.id,
        invoiceNumber: invoices.invoiceNumber,
        customerId: invoices.customerId,
        companyName: customers.companyName,
        periodStart: invoices.periodStart,
        periodEnd: invoices.periodEnd,
        total: invoices.total,
        status: invoices.status,
        issuedAt: invoices.issuedAt,
        dueAt: invoices.dueAt,
        paidAt: invoices.paidAt,
      })
      .from(invoices)
      .innerJoin(customers, eq(customers.id, invoices.customerId))
      .where(where)
      .orderBy(...order)
      .limit(INVOICES_PAGE_SIZE)
      .offset((page - 1) * INVOICES_PAGE_SIZE),
    db
      .select({
        count: sql<number>`count(*)::int`,
        subtotal: sql<string>`coalesce(sum(${chosen.subtotal}), 0)::text`,
        kdv: sql<string>`coalesce(sum(${chosen.kdv}), 0)::text`,
        total: sql<string>`coalesce(sum(${chosen.total}), 0)::text`,
      })
      .from(chosen),
  ]);
  const read = Number(sums?.count ?? 0);
  const count = Math.min(read, cap);
  const capped = read > cap;
  return {
    rows,
    page,
    count,
    countCapped: capped,
    pageCount: Math.min(INVOICES_MAX_PAGE, Math.max(1, Math.ceil(count / INVOICES_PAGE_SIZE))),
    // Sums as numbers: 10,000 invoices stay far below 2^53 kuruş.
    totals: capped
      ? null
      : { subtotal: Number(sums?.subtotal ?? 0), kdv: Number(sums?.kdv ?? 0), total: Number(sums?.total ?? 0) },
  };
}

export type InvoiceListRow = Awaited<ReturnType<typeof listInvoices>>["rows"][number];

/**
 * A customer's latest invoices for operations (drafts too), newest period first: the customer page's
 * short list, read from the (customer, period) index without the list's count and sums.
 */
export async function listRecentInvoices(db: DbOrTx, params: { customerId: string; limit: number }) {
  return db
    .select({
      id: invoices.id,
      invoiceNumber: invoices.invoiceNumber,
      periodStart: invoices.periodStart,
      periodEnd: invoices.periodEnd,
      total: invoices.total,
      status: invoices.status,
    })
    .from(invoices)
    .where(eq(invoices.customerId, params.customerId))
    .orderBy(desc(invoices.periodStart))
    .limit(params.limit);
}

export type InvoiceExportRow = {
  invoice_number: string | null;
  ettn: string | null;
  company_name: string;
  tax_id: string;
  period_start: string;
  period_end: string;
  package_count: number;
  subtotal: number;
  kdv: number;
  total: number;
  status: string;
  issued_at: string;
  due_at: string;
  paid_at: string;
  payment_method: string | null;
  cancelled_at: string;
};

/** Operations' filtered invoices for `CSV indir`: every page of them, in the list's order. */
export function invoiceExport(params: { filters: InvoiceListFilters }) {
  return exportSource<InvoiceExportRow>({
    columns: sql`${invoices.invoiceNumber} as invoice_number, ${invoices.ettn}::text as ettn,
      ${customers.companyName} as company_name, ${customers.taxId} as tax_id,
      ${istanbulText(invoices.periodStart)} as period_start, ${istanbulText(invoices.periodEnd)} as period_end,
      ${invoices.packageCount} as package_count, ${invoices.subtotal} as subtotal, ${invoices.kdv} as kdv,
      ${invoices.total} as total, ${invoices.status}::text as status,
      ${istanbulText(invoices.issuedAt, { time: true })} as issued_at,
      ${istanbulText(invoices.dueAt, { time: true })} as due_at,
      ${istanbulText(invoices.paidAt, { time: true })} as paid_at,
      ${invoices.paymentMethod}::text as payment_method,
      ${istanbulText(invoices.cancelledAt, { time: true })} as cancelled_at`,
    from: sql`${invoices} inner join ${customers} on ${customers.id} = ${invoices.customerId}`,
    where: invoiceListWhere(null, params.filters),
    order: invoiceOrder(params.filters.order),
  });
}
