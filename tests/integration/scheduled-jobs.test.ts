import { InngestTestEngine } from "@inngest/test";
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { emails, rateLimitHits } from "@/db/schema";
import { functions } from "@/inngest";
import { billingRun } from "@/inngest/functions/billing-run";
import { scheduledFunctions } from "@/inngest/functions/scheduled";
import { EMAIL_MAX_ATTEMPTS, transactionWithEmails } from "@/lib/email";
import { resetEnvCache } from "@/lib/env";
import { scheduledJobs, startLocalScheduler } from "@/lib/scheduled-jobs";
import type { Scheduler } from "@/lib/scheduler";
import { startFakeResend } from "../fakes/resend";

const MINUTE = 60_000;
const data = { name: "Ayşe", resetUrl: "http://localhost:3000/sifre-sifirla/abc", expiresInMinutes: 60 };
let fake: Awaited<ReturnType<typeof startFakeResend>> | undefined;
let scheduler: Scheduler | undefined;

async function useResend(script: number[]) {
  fake = await startFakeResend(script);
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = fake.url;
  resetEnvCache();
  return fake;
}

afterEach(async () => {
  // A pass still running would write while the next test empties the tables.
  await scheduler?.stop();
  scheduler = undefined;
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  delete process.env.INNGEST_EVENT_KEY;
  resetEnvCache();
  await fake?.close();
  fake = undefined;
});

async function queueOne(): Promise<string> {
  await transactionWithEmails(async (_tx, queue) => {
    await queue({ to: "ayse@firma.com.tr", template: "password-reset", data });
  });
  const db = await getDb();
  const [row] = await db.select({ id: emails.id }).from(emails);
  return row!.id;
}

async function row(id: string) {
  const db = await getDb();
  const [found] = await db.select().from(emails).where(eq(emails.id, id));
  return found!;
}

describe("scheduled jobs", () => {
  it("each job with a cron is an Inngest cron function, registered with the app's functions", () => {
    for (const job of scheduledJobs) {
      if (!("cron" in job)) continue;
      expect(functions).toContain(scheduledFunctions[job.id]);
      expect(scheduledFunctions[job.id].id()).toContain(job.id);
    }
    // The one without: the monthly billing, which Inngest runs as its own function.
    expect(scheduledJobs.filter((job) => !("cron" in job)).map((job) => job.id)).toEqual(["monthly-billing"]);
    expect(functions).toContain(billingRun);
  });

  it("the prune cron deletes rate-limit hits older than the longest window and keeps the rest", async () => {
    const db = await getDb();
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * MINUTE);
    await db.insert(rateLimitHits).values([
      { bucket: "sign-in:ip", key: "203.0.113.7", createdAt: hoursAgo(25) },
      { bucket: "sign-in:ip", key: "203.0.113.7", createdAt: hoursAgo(49) },
      { bucket: "sign-in:ip", key: "203.0.113.7", createdAt: hoursAgo(23) },
      { bucket: "quote:ip", key: "203.0.113.8", createdAt: new Date() },
    ]);
    const { result, error } = await new InngestTestEngine({
      function: scheduledFunctions["prune-rate-limit-hits"],
      events: [{ name: "inngest/scheduled.timer", data: {} }],
    }).execute();
    expect(error).toBeUndefined();
    expect(result).toEqual({ pruned: 2 });
    expect(await db.select({ key: rateLimitHits.key }).from(rateLimitHits)).toHaveLength(2);
  });

  it("an e-mail still queued a day after it was queued is marked failed, in any configuration", async () => {
    const db = await getDb();
    const [stuck] = await db
      .insert(emails)
      .values({ recipient: "a@b.com.tr", template: "password-reset", data, status: "queued" })
      .returning({ id: emails.id });
    const [recent] = await db
      .insert(emails)
      .values({ recipient: "c@d.com.tr", template: "password-reset", data, status: "queued" })
      .returning({ id: emails.id });
    await db.execute(sql`update emails set queued_at = now() - interval '25 hours' where id = ${stuck!.id}`);
    // Written two days ago but queued anew (`Yeniden gönder`) an hour ago: its day has not passed.
    await db.execute(
      sql`update emails set created_at = now() - interval '2 days', queued_at = now() - interval '1 hour' where id = ${recent!.id}`,
    );
    const { result } = await new InngestTestEngine({
      function: scheduledFunctions["fail-undelivered-emails"],
      events: [{ name: "inngest/scheduled.timer", data: {} }],
    }).execute();
    expect(result).toEqual({ failed: 1 });
    expect(await row(stuck!.id)).toMatchObject({ status: "failed", lastError: expect.stringContaining("24 saat") });
    expect((await row(recent!.id)).status).toBe("queued");
  });
});

describe("without Inngest: the in-process scheduler", () => {
  it("is not started when Inngest is configured (its crons do the work)", () => {
    process.env.INNGEST_EVENT_KEY = "test-event-key";
    resetEnvCache();
    expect(startLocalScheduler({ tickMs: 10 })).toBeUndefined();
  });

  it("delivers on its next pass an e-mail whose delivery failed right after commit", async () => {
    const resend = await useResend([500]);
    const id = await queueOne();
    expect(await row(id)).toMatchObject({ status: "queued", attempts: 1 });
    // Five minutes later the row counts as stale; the next pass of the scheduler picks it up.
    const db = await getDb();
    await db.execute(sql`update emails set requeue_after = now() - interval '1 minute' where id = ${id}`);
    scheduler = startLocalScheduler({ tickMs: 20 });
    expect(scheduler).toBeDefined();
    await expect.poll(async () => (await row(id)).status, { timeout: 10_000 }).toBe("sent");
    expect(await row(id)).toMatchObject({ attempts: 2, providerId: "fake-2", lastError: null });
    expect(resend.received.map((request) => request.idempotencyKey)).toEqual([`email/${id}`, `email/${id}`]);
  });

  it("gives up on an e-mail after the last attempt instead of keeping it queued forever", async () => {
    const resend = await useResend(Array.from({ length: 20 }, () => 500));
    const id = await queueOne();
    scheduler = startLocalScheduler({ tickMs: 60 * MINUTE });
    for (let pass = 1; pass <= 10; pass++) await scheduler!.runDue(new Date(Date.now() + pass * 6 * MINUTE));
    expect(await row(id)).toMatchObject({ status: "failed", attempts: EMAIL_MAX_ATTEMPTS });
    expect(resend.received).toHaveLength(EMAIL_MAX_ATTEMPTS);
  });
});
