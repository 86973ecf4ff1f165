import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { nextInvoiceNumber, nextOrderNumber, nextQuoteReference, nextSequence } from "@/db/queries/counters";
import { numberCounters } from "@/db/schema";
import { counterKey, formatOrderNumber } from "@/lib/numbering";
import { aTransactionWaitsForALock } from "./helpers/db";

class Rollback extends Error {}

const expectedOrderNumbers = (count: number, year = 2026) =>
  Array.from({ length: count }, (_, index) => formatOrderNumber(year, index + 1));

async function counterValue(key: string): Promise<number | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ value: numberCounters.value })
    .from(numberCounters)
    .where(eq(numberCounters.key, key));
  return row?.value;
}

/** Takes an order number and fails afterwards, as an order insert that breaks a constraint would. */
async function takeAndRollBack(year = 2026): Promise<string> {
  const db = await getDb();
  let taken = "";
  await expect(
    db.transaction(async (tx) => {
      taken = await nextOrderNumber(tx, year);
      throw new Rollback();
    }),
  ).rejects.toThrow(Rollback);
  return taken;
}

describe("gapless counters", () => {
  it("hand 50 parallel transactions exactly the numbers 1 to 50", async () => {
    const db = await getDb();
    const numbers = await Promise.all(
      Array.from({ length: 50 }, () =>
        db.transaction(async (tx) => {
          const number = await nextOrderNumber(tx, 2026);
          // Keep the transaction open a little longer, as a real order insert would.
          await tx
            .select()
            .from(numberCounters)
            .where(eq(numberCounters.key, counterKey("order", 2026)));
          return number;
        }),
      ),
    );
    expect(new Set(numbers).size).toBe(50);
    expect([...numbers].sort()).toEqual(expectedOrderNumbers(50));
    expect(await counterValue(counterKey("order", 2026))).toBe(50);
  });

  it("give the number of a rolled-back transaction to the next one", async () => {
    const db = await getDb();
    expect(await db.transaction((tx) => nextOrderNumber(tx, 2026))).toBe("SP-2026-000001");
    expect(await takeAndRollBack()).toBe("SP-2026-000002");
    expect(await db.transaction((tx) => nextOrderNumber(tx, 2026))).toBe("SP-2026-000002");
    expect(await counterValue(counterKey("order", 2026))).toBe(2);
  });

  it("make a parallel caller wait for the open transaction and take its number if it rolls back", async () => {
    const db = await getDb();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let taken!: () => void;
    const firstTaken = new Promise<void>((resolve) => (taken = resolve));

    const first = db.transaction(async (tx) => {
      expect(await nextOrderNumber(tx, 2026)).toBe("SP-2026-000001");
      taken();
      await gate;
      throw new Rollback();
    });
    await firstTaken;
    let secondDone = false;
    const second = db
      .transaction((tx) => nextOrderNumber(tx, 2026))
      .finally(() => {
        secondDone = true;
      });
    await aTransactionWaitsForALock();
    expect(secondDone).toBe(false);
    release();
    await expect(first).rejects.toThrow(Rollback);
    expect(await second).toBe("SP-2026-000001");
  });

  it("stay gapless when some of many parallel transactions roll back", async () => {
    const db = await getDb();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, index) =>
        db.transaction(async (tx) => {
          const number = await nextOrderNumber(tx, 2026);
          if (index % 5 === 0) throw new Rollback();
          return number;
        }),
      ),
    );
    const committed = outcomes.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
    const failed = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(failed).toHaveLength(10);
    for (const outcome of failed) expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(Rollback);
    expect([...committed].sort()).toEqual(expectedOrderNumbers(40));
    expect(await counterValue(counterKey("order", 2026))).toBe(40);
  });

  it("count every year and every kind of document separately", async () => {
    const db = await getDb();
    const taken = await db.transaction(async (tx) => [
      await nextOrderNumber(tx, 2026),
      await nextOrderNumber(tx, 2026),
      await nextOrderNumber(tx, 2027),
      await nextInvoiceNumber(tx, 2026),
      await nextInvoiceNumber(tx, 2027),
      await nextInvoiceNumber(tx, 2026),
      await nextQuoteReference(tx, 2026),
      await nextSequence(tx, "custom-key"),
      await nextSequence(tx, "custom-key"),
    ]);
    expect(taken).toEqual([
      "SP-2026-000001",
      "SP-2026-000002",
      "SP-2027-000001",
      "CRD2026000000001",
      "CRD2027000000001",
      "CRD2026000000002",
      "TKF-2026-000001",
      1,
      2,
    ]);
  });
});
