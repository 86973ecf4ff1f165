/**
 * The monthly billing run at volume: 10,000 customers with 1,000,000 completed orders in one period on
 * PostgreSQL (and a tenth of that on PGlite). The candidate is the whole run as operations start it
 * (generate + finalize through lib/billing/run.ts: invoices, lines, numbers, ETTNs, party snapshots,
 * e-mail rows and audit rows, with Inngest configured against a local fake in its own process so
 * e-mails are queued, not sent); the baseline, measured in the same process on the same data, is one hand-written
 * `INSERT ... SELECT ... GROUP BY customer` computing the same totals. Targets: the run within 5x of
 * the baseline; a repeated run (nothing left to do) within 1x.
 */
import { sql } from "drizzle-orm";
import { closeDb, getDb, rowsOf, type Db } from "@/db";
import { migrateDb } from "@/db/migrate";
import { seedDb } from "@/db/seed";
import { runBillingPeriod } from "@/lib/billing/run";
import { systemContext } from "@/lib/context";
import { istanbulTime } from "@/lib/dates";
import { resetEnvCache } from "@/lib/env";
import type { BenchResult } from "./harness";
import { startFakeInngestProcess } from "./inngest-process";
import { startPostgres } from "./postgres";

const PERIOD = { start: istanbulTime(2026, 1, 15), end: istanbulTime(2026, 2, 15) };
const RUN_AT = istanbulTime(2026, 2, 15, 9);
const ORDERS_PER_CUSTOMER = 100;
const ts = (date: Date) => sql.raw(`'${date.toISOString()}'::timestamptz`);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Customer i has 100 orders of (i % 25) + 1 packages: totals of 100 to 2,500 packages, so every tier
 * is billed (100 with the storage charge); every 10th customer is premium, every 17th other custom.
 */
async function seedVolume(db: Db, customerCount: number) {
  await db.execute(sql`
    insert into customers (company_name, tax_id, contact_name, email, phone, service_type, contract_unit_price, created_at)
    select 'Firma ' || i || ' Ltd. Şti.', lpad(i::text, 10, '0'), 'Yetkili ' || i, 'f' || i || '@bench.test',
      '+905321234567',
      (case when i % 10 = 0 then 'premium' when i % 17 = 0 then 'custom' else 'standard' end)::service_type,
      case when i % 10 <> 0 and i % 17 = 0 then 3000 end,
      '2025-12-01T00:00:00+03:00'
    from generate_series(1, ${customerCount}) i`);
  // The running totals' triggers are off during the load and the totals rebuilt once after it, as
  // tests/bench/seed-volume.ts does: a million row-level trigger calls would make the seed take minutes.
  await db.execute(sql`alter table orders disable trigger orders_totals`);
  await db.execute(sql`
    insert into orders (order_number, customer_id, package_count, status, billing_period_start,
      estimated_unit_price, processing_started_at, completed_at, created_at)
    select 'B-' || c.i || '-' || j, c.id, (c.i % 25) + 1, 'completed', ${ts(PERIOD.start)}, 4500, t, t, t
    from (select id, tax_id::int as i from customers) c
    cross join generate_series(1, ${ORDERS_PER_CUSTOMER}) j
    cross join lateral (select ${ts(PERIOD.start)} + ((j * 7 + c.i) % 744) * interval '1 hour' as t) at`);
  await db.execute(sql`alter table orders enable trigger orders_totals`);
  await db.execute(sql`select rebuild_reporting()`);
  // As autovacuum leaves a table filled over a month: visibility map set, so the per-chunk counts are
  // index-only scans (the baseline's sequential scan does not care).
  await db.execute(sql`vacuum analyze`);
}

/** The same totals as the run, by hand, in one statement: tier in effect at the period's start, premium, contract price, storage, KDV half-up. */
async function baseline(db: Db) {
  await db.execute(sql`truncate bench_invoices`);
  await db.execute(sql`
    insert into bench_invoices (customer_id, package_count, unit_price, subtotal, kdv, total)
    select customer_id, packages, unit_price, subtotal, (subtotal * 20 + 50) / 100, subtotal + (subtotal * 20 + 50) / 100
    from (
      select p.customer_id, p.packages, u.unit_price, p.packages * u.unit_price + t.storage_charge as subtotal
      from (
        select customer_id, sum(package_count) as packages from orders
        where status = 'completed' and completed_at >= ${ts(PERIOD.start)} and completed_at < ${ts(PERIOD.end)}
        group by customer_id
      ) p
      join customers c on c.id = p.customer_id
      join lateral (
        select unit_price, storage_charge from pricing_tiers
        where min_volume <= p.packages and (max_volume is null or p.packages <= max_volume)
          and effective_from <= ${ts(PERIOD.start)}
        order by effective_from desc limit 1
      ) t on true
      cross join lateral (
        select case c.service_type
          when 'custom' then c.contract_unit_price
          when 'premium' then t.unit_price + (
            select unit_surcharge from service_surcharges
            where service_type = 'premium' and effective_from <= ${ts(PERIOD.start)}
            order by effective_from desc limit 1)
          else t.unit_price end as unit_price
      ) u
    ) x`);
}

async function resetBilling(db: Db) {
  await db.execute(
    sql`truncate invoice_lines, invoices, payments, billing_runs, number_counters, emails, audit_logs cascade`,
  );
  await db.execute(sql`vacuum analyze invoices`);
}

async function count(db: Db, query: ReturnType<typeof sql>) {
  return Number(rowsOf<{ n: string | number }>(await db.execute(query))[0]!.n);
}

/** Bills the seeded period `runs` times from scratch, then `repeats` times again with nothing left to do. */
async function measureEngine(db: Db, label: string, customerCount: number, runs: number): Promise<BenchResult[]> {
  await db.execute(sql`create table bench_invoices (customer_id uuid, package_count bigint, unit_price integer,
    subtotal bigint, kdv bigint, total bigint)`);
  await seedVolume(db, customerCount);
  const orderCount = await count(db, sql`select count(*) as n from orders`);
  const ctx = systemContext("bench-billing-run");
  // Baseline and run alternate, so a change in the machine's load between them shows in both.
  const baselineRuns: number[] = [];
  const runMs: number[] = [];
  for (let index = 0; index < runs; index++) {
    baselineRuns.push(await time(() => baseline(db)));
    await resetBilling(db);
    runMs.push(
      await time(async () => {
        const outcome = await runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT });
        if (outcome.issued !== customerCount) throw new Error(`issued ${outcome.issued} of ${customerCount}`);
      }),
    );
  }
  const baselineMs = median(baselineRuns);
  const matching = await count(
    db,
    sql`select count(*) as n from invoices i join bench_invoices b using (customer_id)
      where i.total = b.total and i.subtotal = b.subtotal and i.kdv = b.kdv and i.unit_price = b.unit_price
        and i.status = 'sent' and i.invoice_number is not null`,
  );
  if (matching !== customerCount) throw new Error(`${label}: only ${matching} invoices match the baseline totals`);
  const queued = await count(db, sql`select count(*) as n from emails where status = 'queued'`);
  const repeatMs = median(
    await sequence(3, () =>
      time(async () => {
        const outcome = await runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT });
        if (outcome.created + outcome.issued !== 0) throw new Error("a repeated run did something");
      }),
    ),
  );
  const volume = `${customerCount.toLocaleString("en")} customers, ${orderCount.toLocaleString("en")} orders`;
  const list = (values: number[]) => values.map((ms) => ms.toFixed(0)).join(", ");
  console.log(
    `${label}: ${volume}; runs ${list(runMs)} ms; baselines ${list(baselineRuns)} ms; ${queued} e-mails queued; totals match the baseline`,
  );
  return [
    {
      name: `billing run, ${label} (${volume})`,
      baseline: "INSERT ... SELECT ... GROUP BY",
      baselineMs,
      candidateMs: median(runMs),
    },
    {
      name: `billing run repeated, nothing to do, ${label}`,
      baseline: "INSERT ... SELECT ... GROUP BY",
      baselineMs,
      candidateMs: repeatMs,
    },
  ];
}

async function sequence(times: number, work: () => Promise<number>): Promise<number[]> {
  const results: number[] = [];
  for (let index = 0; index < times; index++) results.push(await work());
  return results;
}

export async function benchBilling(): Promise<BenchResult[]> {
  const fake = await startFakeInngestProcess();
  const postgres = await startPostgres();
  // E-mails and events go to Inngest (a local fake): the run queues e-mails, it does not send them.
  process.env.INNGEST_EVENT_KEY = "bench-event-key";
  process.env.INNGEST_BASE_URL = fake.url;
  process.env.DATABASE_URL = postgres.url;
  resetEnvCache();
  const results: BenchResult[] = [];
  try {
    const db = await getDb();
    await migrateDb(db, "postgres");
    await seedDb(db, { log: () => {} });
    results.push(...(await measureEngine(db, "PostgreSQL", 10_000, 5)));
    await closeDb();
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = "memory://";
    resetEnvCache();
    results.push(...(await measureEngine(await getDb(), "PGlite", 1_000, 3)));
  } finally {
    await closeDb();
    postgres.stop();
    await fake.close();
  }
  return results;
}
