import type { Logger } from "./logger";

export type IntervalJob = {
  id: string;
  everyMs: number;
  /** Returns what it did (counts), for the log. */
  run: (now: Date) => Promise<unknown>;
};

export type Scheduler = {
  /** Runs the jobs that are due at `now`; a pass asked for while one runs is that same pass. */
  runDue: (now?: Date) => Promise<void>;
  /** Starts the one timer (again: the same timer). It does not keep the process alive. */
  start: (tickMs: number) => NodeJS.Timeout;
  /** Stops the timer; resolves once a pass already running has finished, so none of it outlives the stop. */
  stop: () => Promise<void>;
};

/**
 * Runs jobs in this process at their interval: every job on the first pass, then each once its
 * interval has passed since it last started. Jobs run one after another; a failure is logged and
 * tried again at the job's next turn.
 */
export function createScheduler(jobs: readonly IntervalJob[], log: Logger): Scheduler {
  const lastStarted = new Map<string, number>();
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function pass(now: Date) {
    for (const job of jobs) {
      const last = lastStarted.get(job.id);
      if (last !== undefined && now.getTime() - last < job.everyMs) continue;
      lastStarted.set(job.id, now.getTime());
      try {
        const result = await job.run(now);
        // A pass that found nothing to do every few minutes is noise in the log.
        const didWork = Object.values(result ?? {}).some((value) => value !== 0);
        log[didWork ? "info" : "debug"]({ job: job.id, result }, "scheduled job ran");
      } catch (error) {
        log.error({ err: error, job: job.id }, "scheduled job failed");
      }
    }
  }

  function runDue(now = new Date()) {
    running ??= pass(now).finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    runDue,
    start(tickMs) {
      if (!timer) {
        timer = setInterval(() => void runDue(), tickMs);
        timer.unref();
      }
      return timer;
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      return running ?? Promise.resolve();
    },
  };
}
