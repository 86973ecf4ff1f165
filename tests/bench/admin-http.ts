/**
 * The operations pages over HTTP at volume (issue 14): a production build of the app (next build,
 * then server.mjs as `npm start` runs it) against the 100,000-customer PostgreSQL of admin-data.ts,
 * 4 concurrent users per page. Beside each page, in the same run and in alternating rounds: the same
 * SQL sent through bare `postgres` (the queries the page's reads send, captured and replayed) and an
 * empty dynamic page (`/yonetim/bos`, app/(admin)/yonetim/bos/page.bench.tsx: the frame and the session
 * check, rendered to HTML, nothing read; a route only in this benchmark's build, BENCH_PAGES=1). Target:
 * p95 under 300 ms and within 1.5× SQL + empty page; the order list at 1,000,000 orders within 1.3×
 * of the same page on a 200-order database; no big table read sequentially (EXPLAIN).
 *   npx tsx --conditions=react-server tests/bench/admin-http.ts
 * (SKIP_BUILD=1 reuses .next, which must then come from `BENCH_PAGES=1 npx next build`)
 */
import { pathToFileURL } from "node:url";
import { hash } from "@node-rs/argon2";
import { request } from "undici";
import type { Db } from "@/db";
import {
  getCustomerBalance,
  getCustomerDetail,
  getCustomerIntegration,
  listCustomerUsers,
} from "@/db/queries/customer-detail";
import { listEntityAuditEntries } from "@/db/queries/audit-log";
import { listRecentInvoices } from "@/db/queries/invoice-list";
import { listCustomers } from "@/db/queries/customers";
import { listCustomerEmails } from "@/db/queries/emails";
import { listAdminOrders } from "@/db/queries/admin-orders";
import { listRecentOrders } from "@/db/queries/orders";
import { listCustomerQuotes } from "@/db/queries/quotes";
import { customerList } from "@/lib/customers/filters";
import { readDashboard } from "@/lib/dashboard/figures";
import { encodeCursor } from "@/lib/list-params";
import { adminOrderList } from "@/lib/orders/filters";
import { prepare, type Target } from "./admin-data";
import { benchBuild } from "./app-build";
import { startAppServer, signInCookie, type AppServer } from "./admin-http-server";
import { percentiles, ratioInterval, type Latency } from "./latency";
import { startCluster } from "./pg-cluster";
import { bigSeqScans, capturingDb } from "./plan-check";
import { FULL_SCALE, SMALL_SCALE, type VolumeScale } from "./seed-volume";

const USERS = 4;
/** Each load's measured time per page, in ROUNDS windows (3 s each by default; see compare). */
const DURATION_MS = Number(process.env.BENCH_HTTP_MS ?? 24_000);
const ROUNDS = 8;
/** The order list's baseline: the same page on a database of 200 orders. */
const TINY_SCALE: VolumeScale = { customers: 20, orders: 200, periods: 12, audits: 400 };
const BENCH_ADMIN = { email: "http-bench@cardak.local", password: "http-bench-password-1" };

type Page = { name: string; path: string; reads: (db: Db) => Promise<unknown> };

/**
 * `USERS` loops calling `run` for `ms` after a short warm-up: the latency of each call, and the CPU
 * the app server used meanwhile (`cpuTime`, ms so far; null when it cannot be read).
 */
async function load(
  run: () => Promise<unknown>,
  ms: number,
  warmup: number,
  cpuTime: () => number | null,
): Promise<{ samples: number[]; cpu: number | null }> {
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  const cpuBefore = cpuTime();
  const end = performance.now() + ms;
  await Promise.all(
    Array.from({ length: USERS }, async () => {
      while (performance.now() < end) {
        const start = performance.now();
        await run();
        samples.push(performance.now() - start);
      }
    }),
  );
  const cpuAfter = cpuTime();
  return { samples, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

/**
 * Measures loads against each other: ROUNDS rounds, each running every load in turn for a share of
 * DURATION_MS, samples pooled per load. A change in the machine's load during the measurement (this
 * is a shared 2-core machine) then falls on all of them alike instead of on whichever ran at the time.
 * With 3 rounds of 3 s, a page's ratio moved by up to 0.36 between runs of the same code (the
 * empty page's p95 alone between 55 and 100 ms): a p95 is the tail, and a disturbance of a few
 * seconds landed in one load's samples. 8 rounds spread it over all the loads compared. Each load's
 * samples are also kept per round, for the ratio's interval (latency.ts).
 */
async function compare<const Runs extends readonly (() => Promise<unknown>)[]>(
  runs: Runs,
  cpuTime: () => number | null = () => null,
): Promise<{
  latencies: { [K in keyof Runs]: Latency };
  rounds: number[][][];
  /** The app server's CPU per request of each load, in ms (null when unreadable). */
  cpuPerRequest: { [K in keyof Runs]: number | null };
}> {
  const rounds = runs.map(() => [] as number[][]);
  const cpu = runs.map(() => ({ ms: 0 as number | null, requests: 0 }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, run] of runs.entries()) {
      const measured = await load(run, DURATION_MS / ROUNDS, round === 0 ? 8 : 2, cpuTime);
      rounds[index]!.push(measured.samples);
      const total = cpu[index]!;
      total.ms = total.ms === null || measured.cpu === null ? null : total.ms + measured.cpu;
      total.requests += measured.samples.length;
    }
  }
  return {
    latencies: rounds.map((load) => percentiles(load.flat())) as { [K in keyof Runs]: Latency },
    rounds,
    cpuPerRequest: cpu.map((total) => (total.ms === null ? null : total.ms / total.requests)) as {
      [K in keyof Runs]: number | null;
    },
  };
}

/** What the target compares: a page's p95 against its SQL's plus the empty page's. */
const pageRatio = (page: number, sql: number, empty: number) => page / (sql + empty);

async function get(url: string, cookie: string, expected: number): Promise<void> {
  const response = await request(url, { headers: { cookie }, maxRedirections: 0 });
  await response.body.text();
  if (response.statusCode !== expected) throw new Error(`${url}: ${response.statusCode}, expected ${expected}`);
}

/** The admin every run signs in as, with a known password, in each database. */
async function ensureAdmin(target: Target) {
  await target.client`insert into users (email, name, role, password_hash)
    values (${BENCH_ADMIN.email}, 'HTTP Bench', 'admin', ${await hash(BENCH_ADMIN.password)})
    on conflict ((lower(email))) do update set password_hash = excluded.password_hash, disabled = false`;
}

async function pages(target: Target): Promise<Page[]> {
  const now = new Date();
  const [late] = await target.client<{ k: string; id: string }[]>`select sort_name as k, id::text as id from customers
    order by sort_name, id offset (select floor(count(*) * 0.9)::int from customers) limit 1`;
  const [busy] = await target.client<{ id: string }[]>`select md5('c1')::uuid::text as id`;
  const customerId = busy!.id;
  const customers = (params: Record<string, string>) => (db: Db) =>
    listCustomers(db, { filters: customerList.parse(params), at: now });
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
  const lateParams = { sonra: encodeCursor([late!.k, late!.id]) };
  return [
    { name: "/yonetim (dashboard)", path: "/yonetim", reads: (db) => readDashboard(db, now) },
    { name: "customers: first page", path: "/yonetim/musteriler", reads: customers({}) },
    { name: "customers: search 'yilmaz'", path: `/yonetim/musteriler?q=yilmaz`, reads: customers({ q: "yilmaz" }) },
    {
      name: "customers: suspended",
      path: "/yonetim/musteriler?durum=suspended",
      reads: customers({ durum: "suspended" }),
    },
    { name: "customers: late page", path: `/yonetim/musteriler?${query(lateParams)}`, reads: customers(lateParams) },
    {
      name: "customer detail",
      path: `/yonetim/musteriler/${customerId}`,
      reads: (db) =>
        Promise.all([
          getCustomerDetail(db, { customerId }),
          listCustomerUsers(db, { customerId }),
          getCustomerIntegration(db, { customerId }),
          getCustomerBalance(db, { customerId }),
          listRecentOrders(db, { customerId, limit: 5 }),
          listRecentInvoices(db, { customerId, limit: 5 }),
          listCustomerEmails(db, { customerId, limit: 5 }),
          listEntityAuditEntries(db, { entityType: "customer", entityId: customerId, limit: 5, order: "newest" }),
          listCustomerQuotes(db, { customerId, limit: 5 }),
        ]),
    },
    {
      name: "orders: first page",
      path: "/yonetim/siparisler",
      reads: (db) => listAdminOrders(db, { filters: adminOrderList.parse({}), at: now }),
    },
  ];
}

/** The page's queries as they were sent, replayed through the bare client (in parallel, as pages read). */
async function captured(target: Target, page: Page) {
  const capture = capturingDb(target.client);
  await page.reads(capture.db);
  const seqScans = await bigSeqScans(target.client, capture.queries);
  const replay = () => Promise.all(capture.queries.map((q) => target.client.unsafe(q.sql, q.params as never[])));
  return { replay, seqScans, queries: capture.queries.length };
}

export type HttpResult = {
  name: string;
  page: Latency;
  sql: Latency;
  empty: Latency;
  /** The 90% interval of the ratio (ratioInterval). */
  interval: { low: number; high: number };
  /** The app server's CPU per request, all threads (ms): the page's and the empty page's. */
  cpu: { page: number | null; empty: number | null };
  queries: number;
  seqScans: string[];
};

export async function benchAdminHttp(): Promise<{ results: HttpResult[]; orders: { volume: Latency; tiny: Latency } }> {
  if (process.env.SKIP_BUILD !== "1") {
    benchBuild(process.cwd(), { BENCH_PAGES: "1" });
  }
  const cluster = await startCluster();
  const targets: Target[] = [];
  const servers: AppServer[] = [];
  try {
    // BENCH_HTTP_SCALE=small: a quick trial of the harness on the 1/500 database.
    const trial = process.env.BENCH_HTTP_SCALE === "small";
    const volumeName = trial ? "cardak_bench_small" : "cardak_bench_volume";
    const volume = await prepare(cluster.url, volumeName, trial ? SMALL_SCALE : FULL_SCALE);
    targets.push(volume);
    const tiny = await prepare(cluster.url, "cardak_bench_tiny", TINY_SCALE);
    targets.push(tiny);
    for (const target of targets) await ensureAdmin(target);
    const volumeServer = await startAppServer(cluster.url(volumeName));
    servers.push(volumeServer);
    const tinyServer = await startAppServer(cluster.url("cardak_bench_tiny"));
    servers.push(tinyServer);
    const cookie = await signInCookie(volumeServer.url, BENCH_ADMIN);
    const tinyCookie = await signInCookie(tinyServer.url, BENCH_ADMIN);

    // A real page, not an unknown address (why: page.bench.tsx); a 404 here means a build without it.
    const empty = () => get(`${volumeServer.url}/yonetim/bos`, cookie, 200);
    await empty().catch((error: Error) => {
      throw new Error(`${error.message}: was the build made with BENCH_PAGES=1?`);
    });
    const results: HttpResult[] = [];
    // Each page's rounds, for its interval: computed once every load is measured. The bootstrap
    // takes seconds of this process's CPU; run between two loads, it held the event loop while the
    // app server closed the idle keep-alive sockets, and the next request went out on a closed one
    // ("other side closed").
    const measured: number[][][][] = [];
    for (const page of await pages(volume)) {
      const sql = await captured(volume, page);
      const { latencies, rounds, cpuPerRequest } = await compare(
        [empty, sql.replay, () => get(`${volumeServer.url}${page.path}`, cookie, 200)],
        volumeServer.cpuTime,
      );
      const [emptyLatency, sqlLatency, pageLatency] = latencies;
      results.push({
        name: page.name,
        page: pageLatency,
        sql: sqlLatency,
        empty: emptyLatency,
        interval: { low: Number.NaN, high: Number.NaN },
        cpu: { page: cpuPerRequest[2], empty: cpuPerRequest[0] },
        queries: sql.queries,
        seqScans: sql.seqScans,
      });
      measured.push(rounds);
    }
    const {
      latencies: [orderVolume, orderTiny],
    } = await compare([
      () => get(`${volumeServer.url}/yonetim/siparisler`, cookie, 200),
      () => get(`${tinyServer.url}/yonetim/siparisler`, tinyCookie, 200),
    ]);
    const orders = { volume: orderVolume, tiny: orderTiny };
    for (const [index, rounds] of measured.entries()) {
      results[index]!.interval = ratioInterval(rounds, ([emptyP95, sqlP95, pageP95]) =>
        pageRatio(pageP95!, sqlP95!, emptyP95!),
      );
    }
    return { results, orders };
  } finally {
    for (const server of servers) await server.stop();
    for (const target of targets) await target.client.end({ timeout: 5 });
    cluster.stop();
  }
}

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

export function reportAdminHttp({ results, orders }: Awaited<ReturnType<typeof benchAdminHttp>>): boolean {
  console.log(
    `\nOperations pages over HTTP, ${USERS} concurrent users, 100,000 customers / 1,000,000 orders: p95 (p50)`,
  );
  console.log(
    `${"page".padEnd(28)} ${"page p95".padStart(10)} ${"SQL p95".padStart(10)} ${"empty p95".padStart(10)}  ratio  plan`,
  );
  let ok = true;
  for (const result of results) {
    const ratio = pageRatio(result.page.p95, result.sql.p95, result.empty.p95);
    const pass = result.page.p95 < 300 && ratio <= 1.5 && result.seqScans.length === 0;
    ok &&= pass;
    console.log(
      `${result.name.padEnd(28)} ${ms(result.page.p95)} ${ms(result.sql.p95)} ${ms(result.empty.p95)}  ×${ratio.toFixed(2)} (90%: ${result.interval.low.toFixed(2)}–${result.interval.high.toFixed(2)})  ${result.seqScans.length ? `SEQ SCAN ${result.seqScans.join(", ")}` : "index"}  (p50 ${result.page.p50.toFixed(1)}, ${result.queries} queries)${pass ? "" : "  ✗"}`,
    );
  }
  // Not a target: what the p95 is made of, steadier than it from run to run (about 4 requests of
  // these queue on 2 cores at once).
  console.log("app server's CPU per request, all its threads (GC's too):");
  for (const { name, cpu } of results) {
    const figures =
      cpu.page === null || cpu.empty === null
        ? "not readable here (no /proc)"
        : `page ${cpu.page.toFixed(1)} ms, empty page ${cpu.empty.toFixed(1)} ms: ×${(cpu.page / cpu.empty).toFixed(2)}`;
    console.log(`${name.padEnd(28)} ${figures}`);
  }
  const orderRatio = orders.volume.p95 / orders.tiny.p95;
  ok &&= orderRatio <= 1.3;
  console.log(
    `order list: 1,000,000 orders p95 ${orders.volume.p95.toFixed(1)} ms, 200 orders ${orders.tiny.p95.toFixed(1)} ms: ×${orderRatio.toFixed(2)} (target ≤ 1.3)`,
  );
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!reportAdminHttp(await benchAdminHttp())) process.exitCode = 1;
}
