import { describe, expect, it } from "vitest";
import { billingRunState, RUN_STALE_MINUTES } from "@/lib/billing/status";

const NOW = new Date("2026-11-26T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

describe("a billing run as the screens show it", () => {
  it("is running while it moved on within the last RUN_STALE_MINUTES, stopped after", () => {
    expect(billingRunState({ status: "running", progressAt: minutesAgo(RUN_STALE_MINUTES) }, NOW)).toBe("running");
    expect(billingRunState({ status: "running", progressAt: minutesAgo(RUN_STALE_MINUTES + 1) }, NOW)).toBe("stalled");
  });

  it("keeps a finished run's recorded state, however long ago it moved", () => {
    expect(billingRunState({ status: "completed", progressAt: minutesAgo(600) }, NOW)).toBe("completed");
    expect(billingRunState({ status: "failed", progressAt: minutesAgo(600) }, NOW)).toBe("failed");
  });
});
