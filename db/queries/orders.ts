import { and, count, desc, eq, gte, inArray, lt, ne, sql, type SQL } from "drizzle-orm";
import { dateRangeOf, ORDERS_PAGE_SIZE, type OrderListQuery } from "@/lib/orders/filters";
import { OrderNotFoundError } from "@/lib/orders/errors";
import type { OrderStatus } from "@/lib/orders/status";
import { getDb, type DbOrTx } from "../index";
import { customers, orderEvents, orders, users } from "../schema";

const listColumns = {
  id: orders.id,
  orderNumber: orders.orderNumber,
  customerId: orders.customerId,
  companyName: customers.companyName,
  packageCount: orders.packageCount,
  status: orders.status,
  note: orders.note,
  createdAt: orders.createdAt,
};

export type OrderListRow = Awaited<ReturnType<typeof listOrders>>["rows"][number];

/** Newest first, 20 a page. Internal: callers go through the customer or the admin variant. */
async function listOrders(query: OrderListQuery, customerId: string | undefined) {
  const db = await getDb();
  const range = dateRangeOf(query);
  const conditions: SQL[] = [];
  const owner = customerId ?? query.customerId;
  if (owner) conditions.push(eq(orders.customerId, owner));
  if (query.status) conditions.push(eq(orders.status, query.status));
  if (range.from) conditions.push(gte(orders.createdAt, range.from));
  if (range.to) conditions.push(lt(orders.createdAt, range.to));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(orders)
      .innerJoin(customers, eq(customers.id, orders.customerId))
      .where(where)
      .orderBy(desc(orders.createdAt), desc(orders.orderNumber))
      .limit(ORDERS_PAGE_SIZE)
      .offset((query.page - 1) * ORDERS_PAGE_SIZE),
    db.select({ value: count() }).from(orders).where(where),
  ]);
  const totalCount = total?.value ?? 0;
  return { rows, total: totalCount, pageCount: Math.max(1, Math.ceil(totalCount / ORDERS_PAGE_SIZE)) };
}

/** A customer's own orders; any `customerId` in the query is ignored. */
export function listCustomerOrders(params: { customerId: string; query: OrderListQuery }) {
  return listOrders({ ...params.query, customerId: undefined }, params.customerId);
}

/** Operations: every customer's orders, optionally one customer's. */
export function listAllOrders(params: { query: OrderListQuery }) {
  return listOrders(params.query, undefined);
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

export type OrderDetail = Awaited<ReturnType<typeof getOrderOrThrow>>;

/**
 * One order; with `customerId` only that customer's, so another customer's id is "not found", the
 * same as a missing one. `undefined` is for operations only.
 */
export async function getOrderOrThrow(params: { orderId: string; customerId: string | undefined; db?: DbOrTx }) {
  const db = params.db ?? (await getDb());
  const ownership = params.customerId ? eq(orders.customerId, params.customerId) : undefined;
  const [row] = await db
    .select(detailColumns)
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .where(and(eq(orders.id, params.orderId), ownership))
    .limit(1);
  if (!row) throw new OrderNotFoundError();
  return row;
}

/** The tracking timeline, oldest first. Call after getOrderOrThrow has checked ownership. */
export async function listOrderEvents(params: { orderId: string }) {
  const db = await getDb();
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
    .leftJoin(users, eq(users.id, orderEvents.actorUserId))
    .where(eq(orderEvents.orderId, params.orderId))
    .orderBy(orderEvents.createdAt, orderEvents.id);
}

const ACTIVE: OrderStatus[] = ["pending", "processing"];

export async function listActiveOrders(params: { customerId: string; limit?: number }) {
  const db = await getDb();
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

/** Packages of the period's orders that still count (everything but cancelled). */
export async function periodPackageCount(params: {
  customerId: string;
  periodStart: Date;
  db?: DbOrTx;
}): Promise<number> {
  const db = params.db ?? (await getDb());
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
