/**
 * Operations' customer list: search, filters, keyset pages and a capped count; and the same filtered
 * rows for the CSV export. Both read through `customerListWhere`, so the file holds exactly what the
 * list shows. A customer's tier is where the packages of its current billing period's orders that
 * still count (everything but cancelled) fall: the figure the portal's estimate shows the customer.
 */
import { and, asc, eq, ne, sql, type SQL } from "drizzle-orm";
import { billingPeriodOf } from "@/lib/billing/period";
import { CUSTOMERS_PAGE_SIZE, isSearchable, searchWords, type CustomerListQuery } from "@/lib/customers/filters";
import { RANGE_BOUNDS, rangeForVolume, type VolumeRange } from "@/lib/pricing";
import type { DbOrTx } from "../index";
import { containing } from "./like";
import { customerPeriods, customers } from "../schema";
import {
  cappedCount,
  keysetCondition,
  keysetOrderBy,
  keysetPage,
  keyText,
  usableCursor,
  type KeysetOrder,
} from "./keyset";
import { exportSource, istanbulText } from "./export-source";

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/** The list's key for a column and direction: the column, then the id (unique, so pages never skip or repeat). */
function customerOrder(order: CustomerListQuery["order"]): KeysetOrder {
  const column =
    order?.key === "kayit"
      ? ({ column: customers.createdAt, kind: "timestamp" } as const)
      : ({ column: customers.sortName, kind: "text" } as const);
  return { columns: [column, { column: customers.id, kind: "uuid" }], direction: order?.direction ?? "asc" };
}

/**
 * Customers whose current-period packages fall in `range` (0-100 includes those without any), from
 * customer_periods (kept by the database from the orders): the lowest tier holds most customers, so
 * the few above it are excluded through a hashed set; a higher tier is a range of its packages index.
 */
function inTier(range: VolumeRange, periodStart: Date): SQL {
  const { min, max } = RANGE_BOUNDS[range];
  const ofPeriod = sql`select ${customerPeriods.customerId} from ${customerPeriods}
    where ${customerPeriods.periodStart} = ${at(periodStart)}`;
  if (min === 0) return sql`${customers.id} not in (${ofPeriod} and ${customerPeriods.packages} > ${max})`;
  const upper = max === null ? sql`` : sql` and ${customerPeriods.packages} <= ${max}`;
  return sql`${customers.id} in (${ofPeriod} and ${customerPeriods.packages} >= ${min}${upper})`;
}

/**
 * Every word of the search in the folded company, contact, e-mail and tax number (trigram index): the
 * customer list's `Ara`, the invoice list's customer search and the customer picker.
 */
export function matchesSearch(search: string | undefined): SQL | undefined {
  const words = search ? searchWords(search) : [];
  return and(...words.map((word) => sql`${customers.searchText} like ${containing(word)}`));
}

/** The list's filters as one condition: the page, its count and the export all use this. */
export function customerListWhere(filters: CustomerListQuery, periodStart: Date): SQL | undefined {
  return and(
    matchesSearch(filters.search),
    filters.status ? eq(customers.status, filters.status) : undefined,
    filters.serviceType ? eq(customers.serviceType, filters.serviceType) : undefined,
    filters.tier ? inTier(filters.tier, periodStart) : undefined,
  );
}

/**
 * Packages of the customer's orders of the period that still count: one primary-key lookup in
 * customer_periods, only for the page's rows. Written with an alias and plain names: Drizzle leaves
 * columns unqualified in the select list of a one-table query, where `customer_id = id` would compare
 * the period row with itself.
 */
export const periodPackages = (periodStart: Date) =>
  sql<string>`coalesce((select period.packages from ${customerPeriods} as period
    where period.period_start = ${at(periodStart)} and period.customer_id = ${customers}.id), 0)`;

/** One page of the list (CUSTOMERS_PAGE_SIZE rows), the cursors around it and the capped count. */
export async function listCustomers(db: DbOrTx, params: { filters: CustomerListQuery; at?: Date }) {
  const periodStart = billingPeriodOf(params.at ?? new Date()).start;
  const order = customerOrder(params.filters.order);
  const cursor = usableCursor(order, params.filters.cursor);
  const where = customerListWhere(params.filters, periodStart);
  const [fetched, total] = await Promise.all([
    db
      .select({
        id: customers.id,
        companyName: customers.companyName,
        contactName: customers.contactName,
        email: customers.email,
        taxId: customers.taxId,
        city: customers.city,
        status: customers.status,
        suspensionReason: customers.suspensionReason,
        serviceType: customers.serviceType,
        contractUnitPrice: customers.contractUnitPrice,
        createdAt: customers.createdAt,
        periodPackages: periodPackages(periodStart),
        cursorKey: sql<string[]>`array[${sql.join(order.columns.map(keyText), sql`, `)}]`,
      })
      .from(customers)
      .where(and(where, keysetCondition(order, cursor)))
      .orderBy(...keysetOrderBy(order, cursor))
      .limit(CUSTOMERS_PAGE_SIZE + 1),
    cappedCount(
      db,
      db
        .select({ id: customers.id })
        .from(customers)
        .where(where)
        .orderBy(...keysetOrderBy(order, null)),
    ),
  ]);
  const page = keysetPage(fetched, CUSTOMERS_PAGE_SIZE, cursor, (row) => row.cursorKey);
  const rows = page.rows.map(({ cursorKey: _key, periodPackages: packages, ...row }) => {
    const count = Number(packages);
    return { ...row, periodPackages: count, tier: rangeForVolume(count) };
  });
  return { ...page, rows, count: total };
}

export type CustomerListRow = Awaited<ReturnType<typeof listCustomers>>["rows"][number];

/** The list's filtered rows for the CSV export, in the list's order, with the period's packages. */
export function customerExport(params: { filters: CustomerListQuery; at?: Date }) {
  const periodStart = billingPeriodOf(params.at ?? new Date()).start;
  const packages = sql`${customerPeriods} as period_packages`;
  return exportSource<CustomerExportRow>({
    columns: sql`${customers.companyName} as company_name, ${customers.taxId} as tax_id,
      ${customers.contactName} as contact_name, ${customers.email} as email, ${customers.phone} as phone,
      ${customers.city} as city, ${customers.status}::text as status, ${customers.serviceType}::text as service_type,
      ${customers.contractUnitPrice} as contract_unit_price,
      coalesce(period_packages.packages, 0)::int as period_packages,
      ${istanbulText(customers.createdAt)} as created_at`,
    from: sql`${customers} left join ${packages}
      on period_packages.period_start = ${at(periodStart)} and period_packages.customer_id = ${customers.id}`,
    where: customerListWhere(params.filters, periodStart),
    order: customerOrder(params.filters.order),
  });
}

export type CustomerExportRow = {
  company_name: string;
  tax_id: string;
  contact_name: string;
  email: string;
  phone: string;
  city: string | null;
  status: string;
  service_type: string;
  contract_unit_price: number | null;
  period_packages: number;
  created_at: string;
};

/** How many customers the picker shows for one search: enough to choose from, few enough to read. */
export const CUSTOMER_PICKER_LIMIT = 20;

const pickerColumns = { id: customers.id, companyName: customers.companyName, status: customers.status };

/**
 * The admin's customer picker (a new order for a customer, the order list's customer filter): the
 * customers still in business whose company, contact, e-mail or tax number hold every word of the
 * search, by name. Searched rather than listed, so every one of 100,000 customers can be chosen and the
 * page ships none of them. A search without a word long enough for the trigram index finds nothing.
 */
export async function searchCustomerOptions(db: DbOrTx, params: { search: string; limit?: number }) {
  if (!isSearchable(params.search)) return [];
  const where = matchesSearch(params.search);
  return db
    .select(pickerColumns)
    .from(customers)
    .where(and(where, ne(customers.status, "inactive")))
    .orderBy(asc(customers.sortName), asc(customers.id))
    .limit(params.limit ?? CUSTOMER_PICKER_LIMIT);
}

/** One customer as the picker shows it (the order list's chosen customer), or null. */
export async function getCustomerOption(db: DbOrTx, params: { customerId: string }) {
  const [row] = await db.select(pickerColumns).from(customers).where(eq(customers.id, params.customerId)).limit(1);
  return row ?? null;
}
