import { systemContext } from "@/lib/context";
import { scheduledJobs, type ScheduledJob } from "@/lib/scheduled-jobs";
import { inngest } from "../client";

function cronFunction(job: ScheduledJob & { cron: string }) {
  return inngest().createFunction({ id: job.id, triggers: [{ cron: job.cron }] }, async ({ runId, step }) =>
    step.run(job.id, () => job.run(systemContext(job.id, { requestId: runId }), new Date())),
  );
}

type CronJob = Extract<(typeof scheduledJobs)[number], { cron: string }>;

/**
 * Each job of lib/scheduled-jobs.ts with a cron as an Inngest cron function: the rule runs in one
 * step. (The monthly billing has its own function, billing-run.ts.)
 */
export const scheduledFunctions = Object.fromEntries(
  scheduledJobs.filter((job): job is CronJob => "cron" in job).map((job) => [job.id, cronFunction(job)]),
) as Record<CronJob["id"], ReturnType<typeof cronFunction>>;
