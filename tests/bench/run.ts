// npm run bench: each benchmark reports a ratio against a baseline measured in the same run.
import { drizzle } from "drizzle-orm/pglite";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { migrateDb } from "@/db/migrate";
import { openPglite } from "@/db/pglite";
import { eq } from "drizzle-orm";
import { getTierTable } from "@/db/queries/pricing";
import * as schema from "@/db/schema";
import { seedDb } from "@/db/seed";
import { signInLimits } from "@/lib/auth/sign-in-limits";
import { checkSession } from "@/lib/auth/credentials";
import { openSession } from "@/lib/auth/user-sessions";
import { formatKurus } from "@/lib/money";
import { RANGE_BOUNDS, VOLUME_RANGES } from "@/lib/pricing";
import { takeLimit } from "@/lib/rate-limit";
import { benchBilling } from "./billing";
import { frontEnd } from "./front-end";
import { measure, report, type BenchResult } from "./harness";

process.env.LOG_LEVEL = "silent";
process.env.ADMIN_EMAIL = "bench@cardak.local";
process.env.ADMIN_PASSWORD = "bench-password-123";

const results: BenchResult[] = [];
// `npm run bench -- billing` runs only the billing run benchmark (it starts its own PostgreSQL).
const only = process.argv[2];
if (only === "billing") {
  report(await benchBilling());
  process.exit(0);
}
// `npm run bench -- front`: only the production build's JavaScript budget and the landing page's
// throughput (they run first in the full bench too).
if (only === "front") {
  if (!(await frontEnd())) process.exitCode = 1;
  process.exit();
}
if (!(await frontEnd())) process.exitCode = 1;

// Money: formatting exact kuruş through a decimal string, against Intl formatting a float directly.
const plain = new Intl.NumberFormat("tr-TR", { style: "currency", currency: "TRY" });
let amount = 123_456_789;
results.push({
  name: "formatKurus",
  baseline: "Intl.format(float)",
  baselineMs: await measure(() => plain.format(amount++ / 100)),
  candidateMs: await measure(() => formatKurus(amount++)),
});

// Pricing: the tier table of the landing page with the seeded 6 versions, and after 3,000 price
// changes (500 per tier): the lookup must not grow with the history.
const client = openPglite();
const db = drizzle({ client, schema }) as unknown as Db;
await migrateDb(db, "pglite");
await seedDb(db, { log: () => {} });
const fresh = await measure(() => getTierTable(db, {}), { ms: 3000 });
const history = VOLUME_RANGES.flatMap((range) =>
  Array.from({ length: 500 }, (_, index) => ({
    range,
    minVolume: RANGE_BOUNDS[range].min,
    maxVolume: RANGE_BOUNDS[range].max,
    unitPrice: 2_000 + index,
    storageCharge: 0,
    features: [],
    effectiveFrom: new Date(Date.UTC(2025, 1, 1) + index * 86_400_000),
  })),
);
await db.insert(schema.pricingTiers).values(history);
results.push({
  name: "getTierTable with 3,006 versions",
  baseline: "with 6 versions",
  baselineMs: fresh,
  candidateMs: await measure(() => getTierTable(db, {}), { ms: 3000 }),
});

// Limits: takeLimit (lock, count and record the three sign-in limits in one transaction) against the
// bare insert of three hits that the old check-then-record API ended with; then with 100,000 hits of
// other keys in the table, which the (bucket, key, created_at) index must keep out of the count.
let attempt = 0;
const signInSet = () => signInLimits(`bench${attempt++}@firma.com.tr`, `198.51.100.${attempt % 250}`);
const bareInsert = () =>
  db.insert(schema.rateLimitHits).values(signInSet().map(({ bucket, key }) => ({ bucket, key })));
const empty = await measure(() => takeLimit(db, signInSet()), { ms: 3000 });
results.push({
  name: "takeLimit (3 limits)",
  baseline: "insert of 3 hits",
  baselineMs: await measure(bareInsert, { ms: 3000 }),
  candidateMs: empty,
});
await db.execute(sql`insert into rate_limit_hits (bucket, key)
  select 'sign-in:ip', 'bench-' || n from generate_series(1, 100000) n`);
results.push({
  name: "takeLimit with 100,000 other hits",
  baseline: "with few hits",
  baselineMs: empty,
  candidateMs: await measure(() => takeLimit(db, signInSet()), { ms: 3000 }),
});

// The session check of every request: session row and user in one query (plus "last seen" at most
// every 5 minutes), against the check it replaced, the user row alone.
const [benchUser] = await db.select().from(schema.users).limit(1);
const sessionId = await openSession(db, { userId: benchUser!.id, ip: "127.0.0.1", userAgent: "bench" });
const sessionToken = { userId: benchUser!.id, sessionVersion: benchUser!.sessionVersion, sessionId };
results.push({
  name: "checkSession (session row + user)",
  baseline: "user row by id",
  baselineMs: await measure(() => db.select().from(schema.users).where(eq(schema.users.id, benchUser!.id)).limit(1)),
  candidateMs: await measure(() => checkSession(db, sessionToken)),
});
// What the 5-minute throttle saves: the same check when every call is due to write "last seen".
let due = Date.now();
results.push({
  name: "checkSession writing last seen on every call",
  baseline: "checkSession (throttled)",
  baselineMs: await measure(() => checkSession(db, sessionToken, new Date(due))),
  candidateMs: await measure(() => checkSession(db, sessionToken, new Date((due += 6 * 60_000)))),
});
await client.close();

results.push(...(await benchBilling()));
report(results);

// The operations data layer at volume: a real PostgreSQL with 100,000 customers (BENCH_VOLUME=0 skips it).
if (process.env.BENCH_VOLUME !== "0") {
  const { runVolumeBench } = await import("./volume");
  if (!(await runVolumeBench())) process.exitCode = 1;
}

// The operations pages over HTTP at volume: a production build against the same database, 4 users
// (BENCH_HTTP=0 skips it; SKIP_BUILD=1 reuses the last build).
if (process.env.BENCH_HTTP !== "0") {
  const { benchAdminHttp, reportAdminHttp } = await import("./admin-http");
  if (!reportAdminHttp(await benchAdminHttp())) process.exitCode = 1;
}
