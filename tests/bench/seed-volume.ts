/**
 * Fills a migrated PostgreSQL database with an operations-sized history, set-based (INSERT ... SELECT
 * generate_series), in minutes: at full scale 100,000 customers (one user each), 1,000,000 orders over
 * 13 months, 1,200,000 invoices (12 periods a customer) and 2,000,000 audit rows. Names are Turkish,
 * with every letter the search folds; statuses are spread as a running business has them (most
 * orders completed, a few pending today; most invoices paid, the last period partly open or overdue).
 * Deterministic ids (md5 of a label), so a query can name a row it knows is there. Rows are written in
 * time order, as the application writes them, so the newest sit together at the end of each table.
 * The running totals' triggers are off during the load and the totals rebuilt once after it.
 */
import type { Sql } from "postgres";
import * as names from "./seed-names";

export type VolumeScale = { customers: number; orders: number; periods: number; audits: number };

/** Raised whenever what the seed writes changes, so a database seeded by an earlier version is seeded again. */
export const SEED_VERSION = 2;

export const FULL_SCALE: VolumeScale = { customers: 100_000, orders: 1_000_000, periods: 12, audits: 2_000_000 };
/** The same shapes at 1/500: the baseline every volume figure is compared with. */
export const SMALL_SCALE: VolumeScale = { customers: 200, orders: 2_000, periods: 12, audits: 4_000 };

const list = (values: string[]) => `array[${values.map((value) => `'${value}'`).join(", ")}]`;

const PREFIXES = list(names.PREFIXES);
const SECTORS = list(names.SECTORS);
const SUFFIXES = list(names.SUFFIXES);
const FIRST_NAMES = list(names.FIRST_NAMES);
const LAST_NAMES = list(names.LAST_NAMES);
const CITIES = list(names.CITIES);

/** A stable pseudo-random integer in [0, modulo) for a row and a purpose. */
const pick = (label: string, n: string, modulo: number) => `(abs(hashtext('${label}' || ${n})) % ${modulo})`;
const ascii = (text: string) => `lower(translate(${text}, 'ÇĞİIÖŞÜçğıöşü .', 'CGIIOSUcgiosu'))`;
/** The 15th-to-15th billing period (Istanbul) an instant falls in, as its start. */
const periodStart = (at: string) => `(case
  when extract(day from ${at} at time zone 'Europe/Istanbul') >= 15
  then date_trunc('month', ${at} at time zone 'Europe/Istanbul') + interval '14 days'
  else date_trunc('month', ${at} at time zone 'Europe/Istanbul') - interval '1 month' + interval '14 days'
end) at time zone 'Europe/Istanbul'`;

function customersSql(scale: VolumeScale) {
  return `
insert into customers (id, company_name, tax_id, contact_name, email, phone, city, status, suspension_reason,
  suspended_at, service_type, contract_unit_price, agreement_version, agreement_accepted_at, kvkk_version,
  kvkk_accepted_at, created_at, updated_at)
select md5('c' || n)::uuid,
  (${PREFIXES})[1 + ${pick("p", "n", 40)}] || ' ' || (${SECTORS})[1 + ${pick("s", "n", 25)}] || ' ' || (${SUFFIXES})[1 + ${pick("x", "n", 5)}],
  (1000000000 + n)::text,
  (${FIRST_NAMES})[1 + ${pick("f", "n", 40)}] || ' ' || (${LAST_NAMES})[1 + ${pick("l", "n", 30)}],
  'info' || n || '@' || ${ascii(`(${PREFIXES})[1 + ${pick("p", "n", 40)}]`)} || '.com.tr',
  '+90532' || lpad((n % 10000000)::text, 7, '0'),
  (${CITIES})[1 + ${pick("city", "n", 15)}],
  (case when ${pick("st", "n", 100)} < 92 then 'active' when ${pick("st", "n", 100)} < 95 then 'suspended' else 'inactive' end)::customer_status,
  (case when ${pick("st", "n", 100)} between 92 and 94 then (case when n % 2 = 0 then 'non_payment' else 'admin' end) end)::suspension_reason,
  case when ${pick("st", "n", 100)} between 92 and 94 then $1::timestamptz - interval '3 days' end,
  (case when ${pick("svc", "n", 100)} < 75 then 'standard' when ${pick("svc", "n", 100)} < 95 then 'premium' else 'custom' end)::service_type,
  case when ${pick("svc", "n", 100)} >= 95 then 2500 + ${pick("cp", "n", 1500)} end,
  '2025-01', $1::timestamptz - interval '540 days' + (n::float / ${scale.customers}) * interval '530 days',
  '2025-01', $1::timestamptz - interval '540 days' + (n::float / ${scale.customers}) * interval '530 days',
  $1::timestamptz - interval '540 days' + (n::float / ${scale.customers}) * interval '530 days',
  $1::timestamptz - interval '3 days'
from generate_series(1, ${scale.customers}) n;

insert into users (id, email, name, password_hash, role, customer_id, created_at, updated_at)
select md5('u' || n)::uuid, 'kullanici' || n || '@musteri' || n || '.com.tr',
  (${FIRST_NAMES})[1 + ${pick("f", "n", 40)}] || ' ' || (${LAST_NAMES})[1 + ${pick("l", "n", 30)}],
  'bench-no-login', 'customer', md5('c' || n)::uuid, $1::timestamptz - interval '400 days', $1::timestamptz - interval '400 days'
from generate_series(1, ${scale.customers}) n;

insert into users (id, email, name, password_hash, role, created_at, updated_at)
select md5('admin' || n)::uuid, 'yonetici' || n || '@cardak.test', 'Yönetici ' || n, 'bench-no-login', 'admin',
  $1::timestamptz - interval '600 days', $1::timestamptz - interval '600 days'
from generate_series(1, 10) n;`;
}

function ordersSql(scale: VolumeScale) {
  // A few customers order much more than most (the square of a uniform draw), as in any shop base.
  return `
insert into orders (id, order_number, customer_id, package_count, status, billing_period_start, estimated_unit_price,
  processing_started_at, completed_at, cancelled_at, created_at, updated_at)
select md5('o' || n)::uuid,
  'SP-' || year || '-' || lpad((row_number() over (partition by year order by n))::text, 6, '0'),
  md5('c' || customer)::uuid, packages, status, ${periodStart("created_at")}, 4000,
  case when status in ('processing', 'completed') then created_at + interval '2 hours' end,
  case when status = 'completed' then created_at + interval '20 hours' end,
  case when status = 'cancelled' then created_at + interval '1 hour' end,
  created_at, created_at
from (
  select n, customer, created_at, to_char(created_at at time zone 'Europe/Istanbul', 'YYYY') as year,
    1 + floor(power(random(), 3) * 400)::int as packages,
    (case
      when created_at > $1::timestamptz - interval '3 days'
        then (case when r < 0.4 then 'pending' when r < 0.7 then 'processing' when r < 0.95 then 'completed' else 'cancelled' end)
      else (case when r < 0.96 then 'completed' else 'cancelled' end)
    end)::order_status as status
  from (
    select n, 1 + floor(${scale.customers} * power(random(), 2))::int as customer,
      $1::timestamptz - (${scale.orders} - n) * (interval '395 days' / ${scale.orders}) as created_at, random() as r
    from generate_series(1, ${scale.orders}) n
  ) drawn
) orders_drawn;`;
}

function invoicesSql(scale: VolumeScale, billingColumns: boolean) {
  const current = `date_trunc('month', $1::timestamptz at time zone 'Europe/Istanbul')
    - (case when extract(day from $1::timestamptz at time zone 'Europe/Istanbul') >= 15 then interval '0' else interval '1 month' end)
    + interval '14 days'`;
  const party = `jsonb_build_object('name', 'Çardak Paketleme', 'address', null, 'taxOffice', 'Esenyurt', 'taxId', '1234567890')`;
  return `
insert into invoices (id, invoice_number, customer_id, period_start, period_end, package_count, unit_price, subtotal, kdv,
  total, status, issued_at, due_at, paid_at, payment_method, created_at, updated_at
  ${billingColumns ? ", ettn, seller, buyer" : ""})
select md5('i' || c || '-' || p)::uuid,
  case when status <> 'draft' then 'CRD' || to_char(period_end at time zone 'Europe/Istanbul', 'YYYY') || lpad((c * ${scale.periods} + p)::text, 9, '0') end,
  md5('c' || c)::uuid, period_start, period_end, 1 + floor(random() * 900)::int, 4000,
  subtotal, (subtotal * 20 + 50) / 100, subtotal + (subtotal * 20 + 50) / 100, status,
  case when status <> 'draft' then period_end + interval '9 hours' end,
  case when status <> 'draft' then period_end + interval '33 hours' end,
  case when status = 'paid' then period_end + interval '9 hours' + random() * interval '3 days' end,
  (case when status = 'paid' then (case when c % 4 = 0 then 'bank_transfer' else 'card' end) end)::payment_method,
  period_end + interval '9 hours', period_end + interval '9 hours'
  ${billingColumns ? `, case when status <> 'draft' then md5('e' || c || '-' || p)::uuid end, case when status <> 'draft' then ${party} end, case when status <> 'draft' then ${party} end` : ""}
from (
  select c, p, subtotal,
    (${current} - (p * interval '1 month')) at time zone 'Europe/Istanbul' as period_start,
    (${current} - ((p - 1) * interval '1 month')) at time zone 'Europe/Istanbul' as period_end,
    (case
      when p = 1 then (case when r < 0.70 then 'paid' when r < 0.90 then 'sent' when r < 0.98 then 'overdue' else 'draft' end)
      else (case when r < 0.985 then 'paid' when r < 0.995 then 'cancelled' else 'overdue' end)
    end)::invoice_status as status
  from (
    select c, p, random() as r, 150000 + floor(random() * 2000000)::bigint as subtotal
    from generate_series(${scale.periods}, 1, -1) p cross join generate_series(1, ${scale.customers}) c
  ) drawn
) periods;`;
}

/**
 * The counters of the order and invoice numbers (lib/numbering.ts) at the highest number seeded in each
 * year, so an order or invoice made in the seeded database takes the next free number.
 */
const COUNTERS_SQL = `
insert into number_counters (key, value)
select 'order:' || split_part(order_number, '-', 2), max(split_part(order_number, '-', 3)::int)
from orders group by 1
on conflict (key) do update set value = greatest(number_counters.value, excluded.value);

insert into number_counters (key, value)
select 'invoice:' || substr(invoice_number, 4, 4), max(substr(invoice_number, 8)::int)
from invoices where invoice_number is not null group by 1
on conflict (key) do update set value = greatest(number_counters.value, excluded.value);`;

function auditSql(scale: VolumeScale) {
  const actions = list([
    "order.created",
    "order.status_changed",
    "invoice.created",
    "invoice.sent",
    "invoice.paid",
    "customer.suspended",
    "auth.sign_in",
    "quote.submitted",
  ]);
  const types = list(["order", "order", "invoice", "invoice", "invoice", "customer", "user", "quote"]);
  return `
insert into audit_logs (id, actor_user_id, actor_label, action, entity_type, entity_id, before, after, ip_address,
  request_id, created_at)
select md5('a' || n)::uuid,
  case when n % 10 = 0 then md5('admin' || (1 + n % 7))::uuid end,
  case when n % 10 = 0 then 'yonetici' || (1 + n % 7) || '@cardak.test' else 'sistem' end,
  (${actions})[1 + n % 8], (${types})[1 + n % 8],
  case (${types})[1 + n % 8]
    when 'customer' then md5('c' || (1 + n % ${scale.customers}))::uuid::text
    when 'order' then md5('o' || (1 + n % ${scale.orders}))::uuid::text
    else md5('x' || n)::uuid::text
  end,
  case when n % 8 in (1, 5) then '{"status": "pending"}'::jsonb end,
  case when n % 8 in (1, 5) then '{"status": "processing"}'::jsonb end,
  '203.0.113.' || (n % 250), md5('r' || n),
  $1::timestamptz - (${scale.audits} - n) * (interval '395 days' / ${scale.audits})
from generate_series(1, ${scale.audits}) n;`;
}

/** The running totals' triggers (db/migrations 0005, 0010), off while the seed loads rows in bulk. */
async function switchTotals(sql: Sql, to: "enable" | "disable") {
  for (const trigger of [
    "invoices_revenue_days_insert",
    "invoices_revenue_days_update",
    "invoices_revenue_days_delete",
  ]) {
    await sql.unsafe(`alter table invoices ${to} trigger ${trigger}`);
  }
  await sql.unsafe(`alter table orders ${to} trigger orders_totals`);
}

/** Seeds `scale` into a migrated, empty database; `log` gets a line per table with its time. */
export async function seedVolume(sql: Sql, scale: VolumeScale, now: Date, log: (line: string) => void) {
  const [{ exists } = { exists: false }] = await sql<{ exists: boolean }[]>`
    select exists (select 1 from information_schema.columns where table_name = 'invoices' and column_name = 'ettn') as exists`;
  const steps: [string, string][] = [
    ["customers and users", customersSql(scale)],
    ["orders", ordersSql(scale)],
    ["invoices", invoicesSql(scale, exists)],
    ["audit rows", auditSql(scale)],
  ];
  // One connection (the caller's `max: 1` client), so the seed of random() holds for every step.
  await sql`select setseed(0.42)`;
  await switchTotals(sql, "disable");
  for (const [name, text] of steps) {
    const started = performance.now();
    // A statement with parameters must be sent alone.
    for (const statement of text.split(";\n\n")) await sql.unsafe(statement, [now.toISOString()]);
    log(`  ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  for (const statement of COUNTERS_SQL.split(";\n\n")) await sql.unsafe(statement);
  let started = performance.now();
  await switchTotals(sql, "enable");
  await sql`select rebuild_reporting()`;
  log(`  running totals: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  // Statistics for the planner, and the visibility map that lets index-only scans skip the table (a
  // second pass: the first cannot mark pages another session's snapshot may still need).
  await sql.unsafe("vacuum analyze");
  await sql.unsafe("vacuum");
  log(`  vacuum analyze: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
