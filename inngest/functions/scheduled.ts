import { systemContext } from "@/lib/context";
import { scheduledJobs, type ScheduledJob, type ScheduledJobId } from "@/lib/scheduled-jobs";
import { inngest } from "../client";

function cronFunction(job: ScheduledJob) {
  return inngest().createFunction({ id: job.id, triggers: [{ cron: job.cron }] }, async ({ runId, step }) =>
    step.run(job.id, () => job.run(systemContext(job.id, { requestId: runId }), new Date())),
  );
}

/** Each job of lib/scheduled-jobs.ts as an Inngest cron function: the rule runs in one step. */
export const scheduledFunctions = Object.fromEntries(scheduledJobs.map((job) => [job.id, cronFunction(job)])) as Record<
  ScheduledJobId,
  ReturnType<typeof cronFunction>
>;
