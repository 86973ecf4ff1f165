/**
 * The operations data layer at volume: each list's first page, a search, filters, a late page, a
 * customer's detail reads and every dashboard metric, timed on the 100,000-customer database and on
 * the same shapes at 1/500 (the baseline of the same run), with the plan of every query they send
 * checked for sequential scans of a big table. The pages' own benchmark (HTTP, concurrent users)
 * comes with the pages; this is the SQL under them.
 */
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres, { type Sql } from "postgres";
import { rowsOf, type Db } from "@/db";
import * as metrics from "@/db/queries/admin-metrics";
import { listAdminOrders } from "@/db/queries/admin-orders";
import { listAuditLog, listEntityAuditEntries } from "@/db/queries/audit-log";
import {
  getCustomerBalance,
  getCustomerDetail,
  getCustomerIntegration,
  listCustomerUsers,
} from "@/db/queries/customer-detail";
import { listCustomers } from "@/db/queries/customers";
import { listCustomerEmails } from "@/db/queries/emails";
import { listInvoices } from "@/db/queries/invoice-list";
import { listRecentOrders } from "@/db/queries/orders";
import * as schema from "@/db/schema";
import { seedDb } from "@/db/seed";
import { auditLogList } from "@/lib/audit-log/filters";
import { adminInvoiceList, INVOICES_MAX_PAGE } from "@/lib/billing/filters";
import { billingPeriodOf, periodKey, previousPeriod } from "@/lib/billing/period";
import { customerList } from "@/lib/customers/filters";
import { readDashboard } from "@/lib/dashboard/figures";
import { istanbulDateKey } from "@/lib/dates";
import { encodeCursor } from "@/lib/list-params";
import { adminOrderList } from "@/lib/orders/filters";
import { measure } from "./harness";
import { startCluster } from "./pg-cluster";
import { bigSeqScans, capturingDb } from "./plan-check";
import { FULL_SCALE, SEED_VERSION, seedVolume, SMALL_SCALE, type VolumeScale } from "./seed-volume";

export type Target = { name: string; scale: VolumeScale; client: Sql; db: Db };

/** A database of the cluster migrated and seeded at `scale`, reusing an earlier run's seed. */
export async function prepare(url: (database: string) => string, name: string, scale: VolumeScale): Promise<Target> {
  const server = postgres(url("postgres"), { max: 1, onnotice: () => {} });
  const marker = JSON.stringify({ ...scale, version: SEED_VERSION });
  try {
    const [existing] = await server`select 1 from pg_database where datname = ${name}`;
    let reseed = !existing || process.env.BENCH_RESEED === "1";
    if (existing && !reseed) {
      const probe = postgres(url(name), { max: 1, onnotice: () => {} });
      const [row] = await probe`select to_regclass('bench_seed') is not null as seeded`;
      const seeded = row?.seeded ? (await probe`select scale from bench_seed`)[0]?.scale : null;
      await probe.end();
      reseed = seeded !== marker;
    }
    if (reseed) {
      await server.unsafe(`drop database if exists ${name} with (force)`);
      await server.unsafe(`create database ${name}`);
    }
    const single = postgres(url(name), { max: 1, onnotice: () => {} });
    await migrate(drizzle({ client: single }), { migrationsFolder: "db/migrations" });
    if (reseed) {
      console.log(
        `seeding ${name} (${scale.customers} customers, ${scale.orders} orders, ${scale.customers * scale.periods} invoices, ${scale.audits} audit rows)`,
      );
      const started = performance.now();
      await seedDb(drizzle({ client: single, schema }) as unknown as Db, { log: () => {} });
      await seedVolume(single, scale, new Date(), console.log);
      await single.unsafe("create table bench_seed (scale text not null)");
      await single`insert into bench_seed (scale) values (${marker})`;
      console.log(`  ${name} seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    await single.end();
  } finally {
    await server.end();
  }
  const client = postgres(url(name), { max: 4, onnotice: () => {} });
  return { name, scale, client, db: drizzle({ client, schema }) as unknown as Db };
}

type Case = { name: string; run: (db: Db) => Promise<unknown> };

/** Keys to reach late pages and busy rows, read once from each database. */
async function cases(target: Target): Promise<Case[]> {
  const at90 = (table: string) => sql.raw(`(select floor(count(*) * 0.9)::int from ${table})`);
  type Key = { k: string; id: string };
  const [customerKey] = rowsOf<Key>(
    await target.db.execute(
      sql`select sort_name as k, id::text as id from customers order by sort_name, id offset ${at90("customers")} limit 1`,
    ),
  );
  const timestampKey = async (table: string) =>
    rowsOf<Key>(
      await target.db.execute(
        sql`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as k, id::text as id
          from ${sql.raw(table)} order by created_at desc, id desc offset ${at90(table)} limit 1`,
      ),
    );
  const [orderKey] = await timestampKey("orders");
  const [auditKey] = await timestampKey("audit_logs");
  const [busy] = rowsOf<{ id: string }>(await target.db.execute(sql`select md5('c1')::uuid::text as id`));
  const [admin] = rowsOf<{ id: string }>(await target.db.execute(sql`select md5('admin1')::uuid::text as id`));
  const middleTaxId = String(1_000_000_000 + Math.floor(target.scale.customers / 2));
  const now = new Date();
  const period = billingPeriodOf(now);
  const weekAgo = istanbulDateKey(new Date(now.getTime() - 7 * 86_400_000));

  const customers = (params: Record<string, string>) => (db: Db) =>
    listCustomers(db, { filters: customerList.parse(params), at: now });
  const orders = (params: Record<string, string>) => (db: Db) =>
    listAdminOrders(db, { filters: adminOrderList.parse(params), at: now });
  const audit = (params: Record<string, string>) => (db: Db) =>
    listAuditLog(db, { filters: auditLogList.parse(params) });
  const invoiceList = (params: Record<string, string>) => (db: Db) =>
    listInvoices(db, { customerId: null, filters: adminInvoiceList.parse(params) });
  const customerId = busy!.id;

  return [
    { name: "customers: first page", run: customers({}) },
    { name: "customers: search 'yilmaz'", run: customers({ q: "yilmaz" }) },
    { name: "customers: search 'isik kozmetik'", run: customers({ q: "isik kozmetik" }) },
    { name: "customers: search tax number", run: customers({ q: middleTaxId }) },
    { name: "customers: suspended", run: customers({ durum: "suspended" }) },
    { name: "customers: custom service", run: customers({ hizmet: "custom" }) },
    { name: "customers: tier 1000+", run: customers({ kademe: "1000+" }) },
    { name: "customers: tier 0-100, active", run: customers({ kademe: "0-100", durum: "active" }) },
    { name: "customers: newest first", run: customers({ sirala: "kayit", yon: "azalan" }) },
    { name: "customers: late page", run: customers({ sonra: encodeCursor([customerKey!.k, customerKey!.id]) }) },
    {
      name: "customer detail (all reads)",
      run: (db) =>
        Promise.all([
          getCustomerDetail(db, { customerId, at: now }),
          listCustomerUsers(db, { customerId }),
          getCustomerIntegration(db, { customerId }),
          listRecentOrders(db, { customerId }),
          getCustomerBalance(db, { customerId }),
          listEntityAuditEntries(db, { entityType: "customer", entityId: customerId, limit: 5, order: "newest" }),
          listCustomerEmails(db, { customerId }),
        ]),
    },
    { name: "orders: first page", run: orders({}) },
    { name: "orders: pending", run: orders({ durum: "pending" }) },
    { name: "orders: late", run: orders({ gecikme: "var" }) },
    { name: "orders: one customer", run: orders({ musteri: customerId }) },
    { name: "orders: last 7 days", run: orders({ baslangic: weekAgo }) },
    { name: "orders: late page", run: orders({ sonra: encodeCursor([orderKey!.k, orderKey!.id]) }) },
    { name: "invoices: first page", run: invoiceList({}) },
    { name: "invoices: by number, down", run: invoiceList({ sirala: "numara", yon: "azalan" }) },
    { name: "invoices: by company", run: invoiceList({ sirala: "firma" }) },
    { name: "invoices: by amount", run: invoiceList({ sirala: "tutar" }) },
    { name: "invoices: by due time, up", run: invoiceList({ sirala: "vade", yon: "artan" }) },
    { name: "invoices: this period", run: invoiceList({ donem: periodKey(previousPeriod(period)) }) },
    { name: "invoices: overdue", run: invoiceList({ durum: "overdue" }) },
    { name: "invoices: search 'yilmaz'", run: invoiceList({ q: "yilmaz" }) },
    { name: "invoices: last page", run: invoiceList({ sayfa: String(INVOICES_MAX_PAGE) }) },
    { name: "audit: first page", run: audit({}) },
    { name: "audit: one customer", run: audit({ tur: "customer", kayit: customerId }) },
    { name: "audit: one admin", run: audit({ kullanici: admin!.id }) },
    { name: "audit: action invoice.paid", run: audit({ islem: "invoice.paid" }) },
    { name: "audit: last 7 days", run: audit({ baslangic: weekAgo }) },
    { name: "audit: late page", run: audit({ sonra: encodeCursor([auditKey!.k, auditKey!.id]) }) },
    { name: "metric: customers by status", run: (db) => metrics.countCustomersByStatus(db) },
    { name: "metric: period orders and packages", run: (db) => metrics.getPeriodActivity(db, { period }) },
    {
      name: "metric: revenue this period",
      run: (db) => metrics.getRevenue(db, { from: period.start, to: period.end }),
    },
    {
      name: "metric: revenue by month (12)",
      run: (db) => metrics.getRevenueByMonth(db, { from: new Date(now.getTime() - 366 * 86_400_000), to: now }),
    },
    { name: "metric: open and overdue invoices", run: (db) => metrics.getInvoiceBalances(db) },
    { name: "metric: open quotes", run: (db) => metrics.countOpenQuotes(db) },
    { name: "metric: pending orders", run: (db) => metrics.countPendingOrders(db) },
    { name: "metric: late orders", run: (db) => metrics.countLateOrders(db, { at: now }) },
    {
      name: "metric: packages per day (30)",
      run: (db) => metrics.getDailyPackages(db, { from: new Date(now.getTime() - 30 * 86_400_000), to: now }),
    },
    { name: "metric: tier mix", run: (db) => metrics.countTiersAboveLowest(db, { period }) },
    { name: "dashboard (every figure)", run: (db) => readDashboard(db, now) },
  ];
}

export type DataResult = { name: string; smallMs: number; volumeMs: number; seqScans: string[] };

export async function benchAdminData(): Promise<DataResult[]> {
  const cluster = await startCluster();
  const targets: Target[] = [];
  try {
    targets.push(await prepare(cluster.url, "cardak_bench_small", SMALL_SCALE));
    targets.push(await prepare(cluster.url, "cardak_bench_volume", FULL_SCALE));
    const [small, volume] = targets as [Target, Target];
    const smallCases = await cases(small);
    const volumeCases = await cases(volume);
    const results: DataResult[] = [];
    for (const [index, volumeCase] of volumeCases.entries()) {
      const captured = capturingDb(volume.client);
      await volumeCase.run(captured.db);
      const seqScans = await bigSeqScans(volume.client, captured.queries);
      const smallMs = await measure(() => smallCases[index]!.run(small.db), { ms: 600, warmup: 5 });
      const volumeMs = await measure(() => volumeCase.run(volume.db), { ms: 1200, warmup: 3 });
      results.push({ name: volumeCase.name, smallMs, volumeMs, seqScans });
    }
    return results;
  } finally {
    for (const target of targets) await target.client.end({ timeout: 5 });
    cluster.stop();
  }
}

export function reportAdminData(results: DataResult[]): boolean {
  console.log("\nOperations data layer: median ms at 1/500 scale vs 100,000 customers (same run), plan check");
  for (const result of results) {
    const ratio = result.volumeMs / result.smallMs;
    const scans = result.seqScans.length ? `SEQ SCAN ${result.seqScans.join(", ")}` : "index only";
    console.log(
      `${result.name.padEnd(38)} ${result.smallMs.toFixed(2).padStart(8)} ms ${result.volumeMs.toFixed(2).padStart(9)} ms  ×${ratio.toFixed(1).padStart(5)}  ${scans}`,
    );
  }
  const failed = results.filter((result) => result.seqScans.length > 0);
  if (failed.length)
    console.log(`\n${failed.length} queries scan a big table sequentially: ${failed.map((r) => r.name).join("; ")}`);
  return failed.length === 0;
}
