import { describe, expect, it } from "vitest";
import type { DbOrTx } from "@/db";
import { LONGEST_WINDOW_MS, takeLimit } from "@/lib/rate-limit";

describe("limit windows", () => {
  it("refuses a limit that counts further back than the hits are kept", async () => {
    const unused = {} as DbOrTx;
    await expect(
      takeLimit(unused, [{ bucket: "weekly", key: "k", max: 1, windowMs: LONGEST_WINDOW_MS + 1 }]),
    ).rejects.toThrow("LONGEST_WINDOW_MS");
  });
});
