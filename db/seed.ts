import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { env, isNextBuild } from "@/lib/env";
import type { VolumeRange } from "@/lib/pricing";
import { RANGE_BOUNDS } from "@/lib/pricing";
import type { Db } from "./index";
import { pricingTiers, serviceSurcharges, users } from "./schema";
import { findUserByEmail } from "./queries/users";

/** The defaults' versions start here, before any invoice the platform can have. */
export const SEED_EFFECTIVE_FROM = new Date("2025-01-01T00:00:00+03:00");

/** What each tier includes. No packing time: that promise is the service's (lib/packing-promise.ts). */
export const DEFAULT_TIERS: { range: VolumeRange; unitPrice: number; storageCharge: number; features: string[] }[] = [
  {
    range: "0-100",
    unitPrice: 4_500,
    storageCharge: 150_000,
    features: ["Standart koruyucu ambalaj", "Aylık depolama alanı"],
  },
  {
    range: "101-250",
    unitPrice: 4_000,
    storageCharge: 0,
    features: ["Standart koruyucu ambalaj", "Ücretsiz depolama"],
  },
  {
    range: "251-500",
    unitPrice: 3_500,
    storageCharge: 0,
    features: ["Markalı bant ve etiket", "Ücretsiz depolama"],
  },
  {
    range: "501-750",
    unitPrice: 3_200,
    storageCharge: 0,
    features: ["Markalı bant ve etiket", "Ücretsiz depolama"],
  },
  {
    range: "751-1000",
    unitPrice: 2_900,
    storageCharge: 0,
    features: ["Markalı ambalaj", "Ürün fotoğraflı kalite kontrol"],
  },
  {
    range: "1000+",
    unitPrice: 2_600,
    storageCharge: 0,
    features: ["Markalı ambalaj", "Size özel müşteri temsilcisi"],
  },
];

export const DEFAULT_PREMIUM_SURCHARGE = 750;
export const DEV_ADMIN_EMAIL = "admin@cardak.local";

type SeedOptions = { log?: (line: string) => void };

/** Idempotent: a second run adds nothing and changes nothing. */
export async function seedDb(db: Db, { log = console.log }: SeedOptions = {}): Promise<void> {
  const config = env();
  await db
    .insert(pricingTiers)
    .values(
      DEFAULT_TIERS.map((tier) => ({
        ...tier,
        minVolume: RANGE_BOUNDS[tier.range].min,
        maxVolume: RANGE_BOUNDS[tier.range].max,
        effectiveFrom: SEED_EFFECTIVE_FROM,
      })),
    )
    .onConflictDoNothing();
  await db
    .insert(serviceSurcharges)
    .values({ serviceType: "premium", unitSurcharge: DEFAULT_PREMIUM_SURCHARGE, effectiveFrom: SEED_EFFECTIVE_FROM })
    .onConflictDoNothing();

  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    if (!(await findUserByEmail(db, { email: config.ADMIN_EMAIL }))) {
      await db.insert(users).values({
        email: config.ADMIN_EMAIL.toLowerCase(),
        name: "Yönetici",
        role: "admin",
        passwordHash: await hashPassword(config.ADMIN_PASSWORD),
      });
      log(`Seed: admin ${config.ADMIN_EMAIL} created`);
    }
    return;
  }
  // A real deployment names its first admin. Local use (development, or a production build tried on
  // the embedded database) gets one admin with a generated password, shown once: by the server that
  // first opens the database, not by `next build` (its pages open the embedded database too), whose
  // log is kept by CI and would hold the password of an admin that `npm start` with ADMIN_EMAIL then
  // leaves beside the one it was told to make.
  if (config.NODE_ENV === "production" && config.DATABASE_URL) return;
  if (isNextBuild(config)) return;
  const [anyAdmin] = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin")).limit(1);
  if (anyAdmin) return;
  const password = randomBytes(12).toString("base64url");
  await db
    .insert(users)
    .values({ email: DEV_ADMIN_EMAIL, name: "Yönetici", role: "admin", passwordHash: await hashPassword(password) })
    .onConflictDoNothing();
  log(`Seed: development admin ${DEV_ADMIN_EMAIL} / ${password} (shown only this once)`);
}
