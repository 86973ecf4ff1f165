import "server-only";
import { getDb } from "@/db";
import { inngestConfigured } from "@/inngest/client";
import { processDeadlines } from "./billing/deadlines";
import { billEndedPeriodWhenDue } from "./billing/run";
import { systemContext, type SystemContext } from "./context";
import { failUndeliveredEmails, requeueStaleEmails } from "./email-retry";
import { isNextBuild } from "./env";
import { logger } from "./logger";
import { abandonStaleSessions } from "./onboarding/abandon";
import { reconcileCardPayments } from "./payments/reconcile";
import { pruneExpiredHits } from "./rate-limit";
import { createScheduler, type IntervalJob, type Scheduler } from "./scheduler";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type ScheduledJob = Omit<IntervalJob, "run"> & {
  /** Also the Inngest function's id. */
  id: string;
  /**
   * When Inngest runs it (Inngest cron syntax). `everyMs` is the interval of the in-process scheduler.
   * None: only the in-process scheduler runs it, Inngest having a function of its own for the rule.
   */
  cron?: string;
  /** The rule, as the system (`systemContext(id)`), at `now`; returns what it did (counts). */
  run: (ctx: SystemContext, now: Date) => Promise<Record<string, number>>;
};

/**
 * Every periodic rule of the app, registered once: with Inngest configured each becomes a cron
 * function (inngest/functions/scheduled.ts); without it the app runs them itself (startLocalScheduler).
 */
export const scheduledJobs = [
  { id: "requeue-emails", cron: "*/5 * * * *", everyMs: 5 * MINUTE, run: requeueStaleEmails },
  { id: "fail-undelivered-emails", cron: "23 * * * *", everyMs: HOUR, run: failUndeliveredEmails },
  {
    id: "prune-rate-limit-hits",
    cron: "41 * * * *",
    everyMs: HOUR,
    run: async (_ctx, now) => ({ pruned: await pruneExpiredHits(await getDb(), now) }),
  },
  {
    id: "abandon-onboarding",
    cron: "TZ=Europe/Istanbul 0 4 * * *",
    everyMs: 24 * HOUR,
    run: async (ctx, now) => ({ abandoned: await abandonStaleSessions(ctx, now) }),
  },
  {
    // Catches what a lost invoice/sent event or a stopped worker missed: a reminder is at most 15 minutes late.
    id: "invoice-deadlines-sweep",
    cron: "*/15 * * * *",
    everyMs: 15 * MINUTE,
    run: (ctx, now) => processDeadlines(ctx, { now }),
  },
  {
    // The monthly billing run, hourly from the 15th at 09:00 until the period is billed. With Inngest
    // the billing-run function does it (inngest/functions/billing-run.ts), customer by customer.
    id: "monthly-billing",
    everyMs: HOUR,
    run: billEndedPeriodWhenDue,
  },
  {
    // Card attempts whose callback and notification were both lost are settled within 10 minutes.
    id: "reconcile-card-payments",
    cron: "*/10 * * * *",
    everyMs: 10 * MINUTE,
    run: reconcileCardPayments,
  },
] as const satisfies readonly ScheduledJob[];

export type ScheduledJobId = (typeof scheduledJobs)[number]["id"];

const holder = globalThis as unknown as { cardakScheduler?: Scheduler };

/**
 * Without Inngest nothing would run the jobs above: the server runs them on one timer (a minute by
 * default) that does not keep the process alive. Not during `next build`, and once per process.
 * Returns the scheduler, or nothing when Inngest's crons do the work.
 */
export function startLocalScheduler({ tickMs = MINUTE } = {}): Scheduler | undefined {
  if (inngestConfigured() || isNextBuild()) return undefined;
  if (!holder.cardakScheduler) {
    const jobs = scheduledJobs.map((job) => ({ ...job, run: (now: Date) => job.run(systemContext(job.id), now) }));
    holder.cardakScheduler = createScheduler(jobs, logger.child({ component: "scheduler" }));
    logger.info(
      { jobs: scheduledJobs.map((job) => job.id) },
      "no Inngest configured: scheduled jobs run in this process",
    );
  }
  holder.cardakScheduler.start(tickMs);
  return holder.cardakScheduler;
}
