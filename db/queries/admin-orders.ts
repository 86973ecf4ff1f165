/**
 * Operations' order list at any size: keyset pages newest first (an index per filter ends in
 * created_at, id), a capped count (exact, with the packages, for a list of days: dayTotals), and the
 * same filtered rows for the CSV export. The late filter asks about an instant (`at`): the page's, the
 * export's.
 */
import { and, eq, sql, type SQL } from "drizzle-orm";
import { istanbulDateKey } from "@/lib/dates";
import { type AdminOrderListQuery, dateRangeOf, ORDERS_PAGE_SIZE } from "@/lib/orders/filters";
import type { DbOrTx } from "../index";
import { customers, orderDays, orders } from "../schema";
import { exportSource, istanbulText } from "./export-source";
import { cappedCount, keysetCondition, keysetOrderBy, keysetPage, keyText, newestFirst, usableCursor } from "./keyset";
import { lateOrders, orderListWhere } from "./orders";

const NEWEST_FIRST = newestFirst(orders.createdAt, orders.id);

/** Operations' filters as one condition: the portal's (orderListWhere), and the orders late at `at`. */
export function adminOrderWhere(
  filters: Pick<AdminOrderListQuery, "customerId" | "status" | "fromDate" | "toDate" | "late">,
  at: Date,
): SQL | undefined {
  return and(orderListWhere(filters), filters.late ? lateOrders(at) : undefined);
}

/**
 * The orders and the packages (of the orders not cancelled) of the list's days, from order_days (kept
 * by the database, as the dashboard reads them): exact at any size, for a list filtered by its dates
 * alone, which is where the dashboard's order and package figures lead. Null for any other list.
 */
async function dayTotals(db: DbOrTx, filters: AdminOrderListQuery) {
  const { fromDate, toDate, page: _page, cursor: _cursor, order: _order, ignored: _ignored, ...others } = filters;
  // Any other filter (today's or one added later) chooses rows order_days cannot count; one the
  // address gave that did not parse (`ignored`) chooses none.
  if (Object.values(others).some((value) => value !== undefined)) return null;
  const range = dateRangeOf({ fromDate, toDate });
  if (!range.from && !range.to) return null;
  const [row] = await db
    .select({
      orders: sql<string>`coalesce(sum(${orderDays.orders}), 0)::text`,
      packages: sql<string>`coalesce(sum(${orderDays.packages}), 0)::text`,
    })
    .from(orderDays)
    .where(
      and(
        range.from ? sql`${orderDays.day} >= ${istanbulDateKey(range.from)}::date` : undefined,
        range.to ? sql`${orderDays.day} < ${istanbulDateKey(range.to)}::date` : undefined,
      ),
    );
  return { orders: Number(row?.orders ?? 0), packages: Number(row?.packages ?? 0) };
}

/**
 * A page of the list, its count (exact for a list of days, else capped) and, for a list of days, the
 * packages of its orders not cancelled.
 */
export async function listAdminOrders(db: DbOrTx, params: { filters: AdminOrderListQuery; at: Date }) {
  const cursor = usableCursor(NEWEST_FIRST, params.filters.cursor);
  const where = adminOrderWhere(params.filters, params.at);
  const days = dayTotals(db, params.filters);
  const [fetched, count, totals] = await Promise.all([
    db
      .select({
        id: orders.id,
        orderNumber: orders.orderNumber,
        customerId: orders.customerId,
        companyName: customers.companyName,
        packageCount: orders.packageCount,
        status: orders.status,
        note: orders.note,
        createdAt: orders.createdAt,
        processingStartedAt: orders.processingStartedAt,
        serviceType: customers.serviceType,
        cursorKey: sql<string[]>`array[${sql.join(NEWEST_FIRST.columns.map(keyText), sql`, `)}]`,
      })
      .from(orders)
      .innerJoin(customers, eq(customers.id, orders.customerId))
      .where(and(where, keysetCondition(NEWEST_FIRST, cursor)))
      .orderBy(...keysetOrderBy(NEWEST_FIRST, cursor))
      .limit(ORDERS_PAGE_SIZE + 1),
    days.then((totals) =>
      totals
        ? { value: totals.orders, capped: false }
        : cappedCount(
            db,
            db
              .select({ id: orders.id })
              .from(orders)
              .where(where)
              .orderBy(...keysetOrderBy(NEWEST_FIRST, null)),
          ),
    ),
    days,
  ]);
  const page = keysetPage(fetched, ORDERS_PAGE_SIZE, cursor, (row) => row.cursorKey);
  return {
    ...page,
    rows: page.rows.map(({ cursorKey: _key, ...row }) => row),
    count,
    packages: totals?.packages ?? null,
  };
}

export type OrderExportRow = {
  order_number: string;
  company_name: string;
  tax_id: string;
  package_count: number;
  status: string;
  note: string | null;
  created_at: string;
  processing_started_at: string;
  completed_at: string;
  cancelled_at: string;
};

export function orderExport(params: { filters: AdminOrderListQuery; at: Date }) {
  return exportSource<OrderExportRow>({
    columns: sql`${orders.orderNumber} as order_number, ${customers.companyName} as company_name,
      ${customers.taxId} as tax_id, ${orders.packageCount} as package_count, ${orders.status}::text as status,
      ${orders.note} as note, ${istanbulText(orders.createdAt, { time: true })} as created_at,
      ${istanbulText(orders.processingStartedAt, { time: true })} as processing_started_at,
      ${istanbulText(orders.completedAt, { time: true })} as completed_at,
      ${istanbulText(orders.cancelledAt, { time: true })} as cancelled_at`,
    from: sql`${orders} inner join ${customers} on ${customers.id} = ${orders.customerId}`,
    where: adminOrderWhere(params.filters, params.at),
    order: NEWEST_FIRST,
  });
}
