import { and, asc, count, desc, eq, gte, inArray, lt, ne, sql, type SQL } from "drizzle-orm";
import { dateRangeOf, ORDERS_PAGE_SIZE, type OrderListQuery } from "@/lib/orders/filters";
import { lateStartCutoff } from "@/lib/orders/late";
import { COMPLETION_HOURS, type OrderStatus } from "@/lib/orders/status";
import type { ServiceType } from "@/lib/pricing";
import { pageCount } from "@/lib/list-params";
import type { DbOrTx } from "../index";
import { customers, orderEvents, orders, users } from "../schema";
import { isRowId } from "@/lib/row-id";

/**
 * The owner filter of every order query: a customer's id, or null for operations, who see every
 * customer's orders. Callers state which; another customer's order is "not found", like a missing one.
 */
type Owner = { customerId: string | null };

const ownedBy = (owner: Owner) => (owner.customerId ? eq(orders.customerId, owner.customerId) : undefined);

const listColumns = {
  id: orders.id,
  orderNumber: orders.orderNumber,
  customerId: orders.customerId,
  companyName: customers.companyName,
  packageCount: orders.packageCount,
  status: orders.status,
  note: orders.note,
  createdAt: orders.createdAt,
  // What a late order is told from (lib/orders/late.ts).
  processingStartedAt: orders.processingStartedAt,
  serviceType: customers.serviceType,
};

/**
 * The orders late at `at`, as lib/orders/late.ts decides: in processing, started before the cutoff of
 * their customer's service type. The service type is read by the order's own customer id, so the
 * condition needs no join and fits any query of orders (a list, its count, the export, the dashboard).
 * Only orders in processing are looked at: the status index (orders_status_created_idx) finds them,
 * newest first, and they are the few being packed now, not the million done.
 */
export function lateOrders(at: Date): SQL {
  const types = Object.keys(COMPLETION_HOURS) as ServiceType[];
  const instant = (date: Date) => sql`${date.toISOString()}::timestamptz`;
  const cutoffs = types.map((type) => lateStartCutoff(type, at));
  // The latest cutoff (the shortest promise) first: an order started after it is on time whatever its
  // customer's service type, and the customer is not looked up.
  const latest = new Date(Math.max(...cutoffs.map((cutoff) => cutoff.getTime())));
  const serviceType = sql`(select c.service_type::text from ${customers} c where c.id = ${orders.customerId})`;
  const byType = sql.join(
    types.map((type, index) => sql`when ${type} then ${instant(cutoffs[index]!)}`),
    sql` `,
  );
  return sql`(${orders.status} = 'processing' and ${orders.processingStartedAt} < ${instant(latest)}
    and ${orders.processingStartedAt} < case ${serviceType} ${byType} end)`;
}

/** The order list's filters as one condition (the portal's list, operations' list and its export). */
export function orderListWhere(
  filters: Pick<OrderListQuery, "customerId" | "status" | "fromDate" | "toDate">,
): SQL | undefined {
  const range = dateRangeOf(filters);
  return and(
    filters.customerId ? eq(orders.customerId, filters.customerId) : undefined,
    filters.status ? eq(orders.status, filters.status) : undefined,
    range.from ? gte(orders.createdAt, range.from) : undefined,
    range.to ? lt(orders.createdAt, range.to) : undefined,
  );
}

/** The list's order: its sort column (newest first by default), then the number to break ties. */
function listOrderBy(order: OrderListQuery["order"]) {
  const by = order?.direction === "asc" ? asc : desc;
  const column = order?.key === "paket" ? orders.packageCount : orders.createdAt;
  return [by(column), by(orders.orderNumber)];
}

/** 20 a page, newest first unless sorted otherwise. Internal: callers use the customer or admin variant. */
async function listOrders(db: DbOrTx, filters: OrderListQuery) {
  const where = orderListWhere(filters);
  const [rows, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(orders)
      .innerJoin(customers, eq(customers.id, orders.customerId))
      .where(where)
      .orderBy(...listOrderBy(filters.order))
      .limit(ORDERS_PAGE_SIZE)
      .offset((filters.page - 1) * ORDERS_PAGE_SIZE),
    db.select({ value: count() }).from(orders).where(where),
  ]);
  const totalCount = total?.value ?? 0;
  return { rows, total: totalCount, pageCount: pageCount(totalCount, ORDERS_PAGE_SIZE) };
}

/** A customer's own orders; a `customerId` among the filters (from the URL) is overridden. */
export function listCustomerOrders(db: DbOrTx, params: { customerId: string; filters: OrderListQuery }) {
  return listOrders(db, { ...params.filters, customerId: params.customerId });
}

const detailColumns = {
  id: orders.id,
  orderNumber: orders.orderNumber,
  customerId: orders.customerId,
  companyName: customers.companyName,
  serviceType: customers.serviceType,
  packageCount: orders.packageCount,
  note: orders.note,
  status: orders.status,
  estimatedUnitPrice: orders.estimatedUnitPrice,
  billingPeriodStart: orders.billingPeriodStart,
  processingStartedAt: orders.processingStartedAt,
  completedAt: orders.completedAt,
  cancelledAt: orders.cancelledAt,
  createdAt: orders.createdAt,
};

/** One order, or null when it is missing or belongs to another customer than the owner. */
export async function getOrder(db: DbOrTx, params: { orderId: string } & Owner) {
  if (!isRowId(params.orderId)) return null;
  const [row] = await db
    .select(detailColumns)
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .where(and(eq(orders.id, params.orderId), ownedBy(params)))
    .limit(1);
  return row ?? null;
}

/** The tracking timeline of the owner's order, oldest first (empty for anyone else's). */
export async function listOrderEvents(db: DbOrTx, params: { orderId: string } & Owner) {
  if (!isRowId(params.orderId)) return [];
  return db
    .select({
      id: orderEvents.id,
      fromStatus: orderEvents.fromStatus,
      toStatus: orderEvents.toStatus,
      note: orderEvents.note,
      createdAt: orderEvents.createdAt,
      actorName: users.name,
      actorRole: users.role,
    })
    .from(orderEvents)
    .innerJoin(orders, eq(orders.id, orderEvents.orderId))
    .leftJoin(users, eq(users.id, orderEvents.actorUserId))
    .where(and(eq(orderEvents.orderId, params.orderId), ownedBy(params)))
    .orderBy(orderEvents.createdAt, orderEvents.id);
}

const ACTIVE: OrderStatus[] = ["pending", "processing"];

/** The customer's orders still waiting or being packed, newest first. */
export async function listActiveOrders(db: DbOrTx, params: { customerId: string; limit?: number }) {
  return db
    .select({
      id: orders.id,
      orderNumber: orders.orderNumber,
      packageCount: orders.packageCount,
      status: orders.status,
      processingStartedAt: orders.processingStartedAt,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .where(and(eq(orders.customerId, params.customerId), inArray(orders.status, ACTIVE)))
    .orderBy(desc(orders.createdAt))
    .limit(params.limit ?? 10);
}

/** A customer's latest orders, whatever their status (operations' customer page). */
export async function listRecentOrders(db: DbOrTx, params: { customerId: string; limit?: number }) {
  return db
    .select({
      id: orders.id,
      orderNumber: orders.orderNumber,
      packageCount: orders.packageCount,
      status: orders.status,
      createdAt: orders.createdAt,
      completedAt: orders.completedAt,
    })
    .from(orders)
    .where(eq(orders.customerId, params.customerId))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(params.limit ?? 10);
}

/** Packages of the period's orders that still count (everything but cancelled). */
export async function periodPackageCount(
  db: DbOrTx,
  params: { customerId: string; periodStart: Date },
): Promise<number> {
  const [row] = await db
    .select({ value: sql<string>`coalesce(sum(${orders.packageCount}), 0)` })
    .from(orders)
    .where(
      and(
        eq(orders.customerId, params.customerId),
        eq(orders.billingPeriodStart, params.periodStart),
        ne(orders.status, "cancelled"),
      ),
    );
  return Number(row?.value ?? 0);
}
