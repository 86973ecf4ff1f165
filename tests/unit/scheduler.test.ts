import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createScheduler, type Scheduler } from "@/lib/scheduler";

const MINUTE = 60_000;
const start = new Date("2026-03-01T09:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);

function recordingLog() {
  const lines: { level: number; msg: string; job?: string }[] = [];
  const log = pino({ level: "debug" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { log, lines };
}

let scheduler: Scheduler | undefined;
afterEach(() => scheduler?.stop());

describe("in-process scheduler", () => {
  it("stops only once the pass already running has finished, so none of its work outlives the stop", async () => {
    let finish!: () => void;
    const events: string[] = [];
    scheduler = createScheduler(
      [
        {
          id: "slow",
          everyMs: MINUTE,
          run: () =>
            new Promise<void>((resolve) => {
              finish = () => {
                events.push("job finished");
                resolve();
              };
            }),
        },
      ],
      recordingLog().log,
    );
    const running = scheduler.runDue(at(0));
    const stopped = scheduler.stop().then(() => events.push("stopped"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual([]);
    finish();
    await Promise.all([running, stopped]);
    expect(events).toEqual(["job finished", "stopped"]);
  });

  it("runs every job on the first pass, then each again once its interval has passed", async () => {
    const runs: string[] = [];
    scheduler = createScheduler(
      [
        { id: "often", everyMs: 5 * MINUTE, run: async () => void runs.push("often") },
        { id: "daily", everyMs: 24 * 60 * MINUTE, run: async () => void runs.push("daily") },
      ],
      recordingLog().log,
    );
    await scheduler.runDue(at(0));
    await scheduler.runDue(at(4));
    await scheduler.runDue(at(5));
    await scheduler.runDue(at(24 * 60));
    expect(runs).toEqual(["often", "daily", "often", "often", "daily"]);
  });

  it("gives each job the time of the pass", async () => {
    const seen: Date[] = [];
    scheduler = createScheduler(
      [{ id: "a", everyMs: MINUTE, run: async (now) => void seen.push(now) }],
      recordingLog().log,
    );
    await scheduler.runDue(at(3));
    expect(seen).toEqual([at(3)]);
  });

  it("logs a failing job with its id and still runs the others", async () => {
    const { log, lines } = recordingLog();
    const runs: string[] = [];
    scheduler = createScheduler(
      [
        { id: "broken", everyMs: MINUTE, run: async () => Promise.reject(new Error("veritabanı yok")) },
        { id: "fine", everyMs: MINUTE, run: async () => void runs.push("fine") },
      ],
      log,
    );
    await scheduler.runDue(at(0));
    expect(runs).toEqual(["fine"]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, job: "broken", msg: "scheduled job failed" }));
  });

  it("never runs two passes at once: a pass asked for while one runs is the same pass", async () => {
    let release!: () => void;
    let calls = 0;
    scheduler = createScheduler(
      [{ id: "slow", everyMs: 0, run: () => (calls++, new Promise<void>((resolve) => (release = resolve))) }],
      recordingLog().log,
    );
    const first = scheduler.runDue(at(0));
    const second = scheduler.runDue(at(1));
    release();
    await Promise.all([first, second]);
    expect(calls).toBe(1);
  });

  it("ticks on one timer that does not keep the process alive", async () => {
    const runs: number[] = [];
    scheduler = createScheduler([{ id: "tick", everyMs: 0, run: async () => void runs.push(1) }], recordingLog().log);
    const timer = scheduler.start(10);
    expect(scheduler.start(10)).toBe(timer);
    expect(timer.hasRef()).toBe(false);
    await expect.poll(() => runs.length).toBeGreaterThanOrEqual(2);
    scheduler.stop();
    const count = runs.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs.length).toBe(count);
  });
});
