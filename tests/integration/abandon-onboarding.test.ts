import { InngestTestEngine } from "@inngest/test";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditLogs, integrations, onboardingSessions } from "@/db/schema";
import { scheduledFunctions } from "@/inngest/functions/scheduled";
import { sha256Hex } from "@/lib/tokens";

async function session(name: string, daysAgo: number, status: "in_progress" | "completed" = "in_progress") {
  const db = await getDb();
  const [row] = await db
    .insert(onboardingSessions)
    .values({ resumeTokenHash: sha256Hex(name), status, step1: { companyName: name } })
    .returning({ id: onboardingSessions.id });
  // updated_at is set on every write; age the row with SQL as if nobody touched it since.
  await db.execute(
    sql`update onboarding_sessions set updated_at = now() - make_interval(days => ${daysAgo}) where id = ${row!.id}`,
  );
  return row!.id;
}

describe("abandon-onboarding function", () => {
  it("marks sessions untouched for 30 days abandoned, drops their credentials, and leaves the rest", async () => {
    const stale = await session("eski", 31);
    const recent = await session("yeni", 29);
    const done = await session("bitmis", 90, "completed");
    const db = await getDb();
    await db.insert(integrations).values({
      onboardingSessionId: stale,
      platform: "shopify",
      credentialsEncrypted: "v1.x.y.z",
      credentialsMasked: {},
    });

    const { result } = await new InngestTestEngine({
      function: scheduledFunctions["abandon-onboarding"],
      events: [{ name: "inngest/scheduled.timer", data: {} }],
    }).execute();
    expect(result).toEqual({ abandoned: 1 });

    const statuses = await db
      .select({ id: onboardingSessions.id, status: onboardingSessions.status })
      .from(onboardingSessions);
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
      [stale]: "abandoned",
      [recent]: "in_progress",
      [done]: "completed",
    });
    expect(await db.select().from(integrations).where(eq(integrations.onboardingSessionId, stale))).toHaveLength(0);
    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.action, "onboarding.abandoned"));
    expect(audit?.after).toMatchObject({ count: 1, sessionIds: [stale] });
  });
});
