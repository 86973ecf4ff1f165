import { eq, getTableName, sql } from "drizzle-orm";
import { isTable } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { closeDb, getDb, query, rowsOf, type Db } from "@/db";
import { migrateDb } from "@/db/migrate";
import { openPglite } from "@/db/pglite";
import { getPremiumSurcharge, getTierTable } from "@/db/queries/pricing";
import * as schema from "@/db/schema";
import { DEFAULT_TIERS, SEED_EFFECTIVE_FROM, seedDb } from "@/db/seed";
import { resetEnvCache } from "@/lib/env";
import { databaseUrl } from "./local-db";

const schemaTables = Object.values(schema)
  .filter((value) => isTable(value))
  .map((table) => getTableName(table))
  .sort();

async function publicTables(db: Db): Promise<string[]> {
  const rows = rowsOf<{ tablename: string }>(
    await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`),
  );
  return rows.map((row) => row.tablename);
}

/** A brand-new empty database on the engine under test. */
async function withEmptyDatabase(run: (db: Db, engine: "postgres" | "pglite") => Promise<void>) {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) {
    const client = openPglite();
    try {
      await run(drizzlePglite({ client, schema }) as unknown as Db, "pglite");
    } finally {
      await client.close();
    }
    return;
  }
  const name = `cardak_empty_${process.pid}`;
  const server = postgres(databaseUrl(admin, "postgres"), { max: 1, onnotice: () => {} });
  await server.unsafe(`drop database if exists ${name}`);
  await server.unsafe(`create database ${name}`);
  const client = postgres(databaseUrl(admin, name), { max: 1, onnotice: () => {} });
  try {
    await run(drizzlePostgres({ client, schema }) as unknown as Db, "postgres");
  } finally {
    await client.end();
    await server.unsafe(`drop database if exists ${name}`);
    await server.end();
  }
}

describe("migrations", () => {
  it("create every table of the schema from an empty database", async () => {
    await withEmptyDatabase(async (db, engine) => {
      expect(await publicTables(db)).toEqual([]);
      await migrateDb(db, engine);
      expect(await publicTables(db)).toEqual(schemaTables);
      // Applying them again is a no-op, as on every start of the embedded database.
      await migrateDb(db, engine);
      expect(await publicTables(db)).toEqual(schemaTables);
    });
  });

  it("enforce case-insensitive unique e-mails", async () => {
    const db = await getDb();
    await db.insert(schema.users).values({ email: "Ayse@Firma.com", name: "Ayşe", passwordHash: "x", role: "admin" });
    await expect(
      db.insert(schema.users).values({ email: "ayse@firma.com", name: "Ayşe", passwordHash: "x", role: "admin" }),
    ).rejects.toThrow();
  });
});

describe("seed", () => {
  async function snapshot(db: Db) {
    return {
      tiers: await db.select().from(schema.pricingTiers).orderBy(schema.pricingTiers.range),
      surcharges: await db.select().from(schema.serviceSurcharges),
      users: await db.select().from(schema.users).orderBy(schema.users.email),
    };
  }

  it("leaves the same rows when run twice", async () => {
    await withEmptyDatabase(async (db, engine) => {
      await migrateDb(db, engine);
      await seedDb(db, { log: () => {} });
      const first = await snapshot(db);
      await seedDb(db, { log: () => {} });
      const second = await snapshot(db);
      expect(second).toEqual(first);
      expect(first.tiers).toHaveLength(6);
      expect(first.surcharges).toEqual([expect.objectContaining({ serviceType: "premium", unitSurcharge: 750 })]);
      expect(first.users).toEqual([expect.objectContaining({ email: "admin@test.local", role: "admin" })]);
    });
  });

  it("makes the generated admin when a server first opens the database, not during next build", async () => {
    const saved = { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD };
    delete process.env.ADMIN_EMAIL;
    delete process.env.ADMIN_PASSWORD;
    resetEnvCache();
    try {
      await withEmptyDatabase(async (db, engine) => {
        await migrateDb(db, engine);
        const lines: string[] = [];
        process.env.NEXT_PHASE = "phase-production-build";
        resetEnvCache();
        try {
          await seedDb(db, { log: (line) => lines.push(line) });
        } finally {
          delete process.env.NEXT_PHASE;
          resetEnvCache();
        }
        expect((await snapshot(db)).users).toEqual([]);
        expect(lines).toEqual([]);

        await seedDb(db, { log: (line) => lines.push(line) });
        expect((await snapshot(db)).users).toEqual([
          expect.objectContaining({ email: "admin@cardak.local", role: "admin" }),
        ]);
        expect(lines).toEqual([expect.stringMatching(/^Seed: development admin admin@cardak\.local \/ \S{16} /)]);
      });
    } finally {
      process.env.ADMIN_EMAIL = saved.email;
      process.env.ADMIN_PASSWORD = saved.password;
      resetEnvCache();
    }
  });
});

describe("pricing queries", () => {
  it("read the six seeded tiers in range order", async () => {
    const tiers = await query(getTierTable, {});
    expect(tiers.map((tier) => [tier.range, tier.unitPrice, tier.storageCharge])).toEqual(
      DEFAULT_TIERS.map((tier) => [tier.range, tier.unitPrice, tier.storageCharge]),
    );
    expect(await query(getPremiumSurcharge, {})).toBe(750);
  });

  it("switch to a new tier version from its effective date and keep the old one for earlier dates", async () => {
    const db = await getDb();
    const from = new Date("2026-03-15T00:00:00+03:00");
    await db.insert(schema.pricingTiers).values({
      range: "251-500",
      minVolume: 251,
      maxVolume: 500,
      unitPrice: 3300,
      storageCharge: 0,
      features: [],
      effectiveFrom: from,
    });
    const before = await query(getTierTable, { at: new Date("2026-03-14T23:59:59+03:00") });
    const after = await query(getTierTable, { at: from });
    expect(before.find((tier) => tier.range === "251-500")?.unitPrice).toBe(3500);
    expect(after.find((tier) => tier.range === "251-500")?.unitPrice).toBe(3300);
    expect(after.find((tier) => tier.range === "0-100")?.effectiveFrom).toEqual(SEED_EFFECTIVE_FROM);
    const versions = await db.select().from(schema.pricingTiers).where(eq(schema.pricingTiers.range, "251-500"));
    expect(versions).toHaveLength(2);
  });
});

describe("/api/health", () => {
  it("answers 200 ok when the database answers", async () => {
    const response = await health(new Request("http://localhost/api/health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 when the database does not", async () => {
    const saved = { url: process.env.DATABASE_URL, dir: process.env.PGLITE_DATA_DIR };
    await closeDb();
    process.env.DATABASE_URL = "postgres://127.0.0.1:1/none";
    resetEnvCache();
    try {
      const response = await health(new Request("http://localhost/api/health"));
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable" });
    } finally {
      await closeDb().catch(() => {});
      if (saved.url === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved.url;
      resetEnvCache();
    }
  });
});
