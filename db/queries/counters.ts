import { eq, sql } from "drizzle-orm";
import {
  counterKey,
  formatInvoiceNumber,
  formatOrderNumber,
  formatQuoteReference,
  NumberingError,
} from "@/lib/numbering";
import { isLockNotAvailable } from "../errors";
import type { DbOrTx, Tx } from "../index";
import { numberCounters } from "../schema";

/**
 * The next number of the sequence `key`, taken inside the caller's transaction.
 *
 * The upsert locks the counter row until the transaction ends, so parallel callers queue behind it
 * and each sees the value the previous one committed; a transaction that rolls back gives its number
 * back to the next caller. That is what makes the sequence gapless (a Postgres SEQUENCE is not), at
 * the price of serializing the writers of one key. A transaction rather than `DbOrTx`: a number
 * committed on its own would be lost if the document insert that follows failed. Under
 * REPEATABLE READ or SERIALIZABLE a queued caller fails with a serialization error instead of
 * waiting: use the default READ COMMITTED.
 */
export async function nextSequence(tx: Tx, key: string): Promise<number> {
  const [row] = await tx
    .insert(numberCounters)
    .values({ key, value: 1 })
    .onConflictDoUpdate({ target: numberCounters.key, set: { value: sql`${numberCounters.value} + 1` } })
    .returning({ value: numberCounters.value });
  if (!row) throw new NumberingError(`Counter ${key} returned no row`);
  return row.value;
}

/**
 * `count` consecutive numbers of the sequence `key` at once, in the caller's transaction: returns the
 * first; the caller uses first … first + count - 1. Same lock and the same gapless guarantee as
 * `nextSequence`, one round trip for a whole batch (a billing run numbers a chunk of invoices at once).
 */
export async function nextSequenceBlock(tx: Tx, key: string, count: number): Promise<number> {
  if (!Number.isSafeInteger(count) || count < 1) throw new NumberingError(`Cannot take ${count} numbers`);
  const [row] = await tx
    .insert(numberCounters)
    .values({ key, value: count })
    .onConflictDoUpdate({ target: numberCounters.key, set: { value: sql`${numberCounters.value} + ${count}` } })
    .returning({ value: numberCounters.value });
  if (!row) throw new NumberingError(`Counter ${key} returned no row`);
  return row.value - count + 1;
}

/**
 * The committed value of the sequence `key` (0 before its first number), read without a lock for a
 * caller that will claim numbers after it with `claimSequenceBlock`. Makes the counter row when it is
 * missing, so that claim always has a row to update (and to wait on).
 */
export async function readSequence(db: DbOrTx, key: string): Promise<number> {
  const read = () => db.select({ value: numberCounters.value }).from(numberCounters).where(eq(numberCounters.key, key));
  // Read first: a plain read does not wait for a writer holding the row, as an insert would.
  let [row] = await read();
  if (!row) {
    await db.insert(numberCounters).values({ key, value: 0 }).onConflictDoNothing();
    [row] = await read();
  }
  if (!row) throw new NumberingError(`Counter ${key} has no row`);
  return row.value;
}

/**
 * Takes the `count` numbers after `expected` in the caller's transaction, only if the sequence stands
 * at `expected` and nobody holds the counter row: true when taken. False means someone else took
 * numbers since, or is taking them now, and the caller must roll back. It does not wait for a holder:
 * a caller whose rows already carry the numbers expected + 1 … expected + count would have that
 * holder wait for those rows in turn (a deadlock), so it gives way instead. Gapless as
 * `nextSequenceBlock`: the count moves with the rows or not at all, and the row stays locked until
 * the transaction ends.
 */
export async function claimSequenceBlock(tx: Tx, key: string, expected: number, count: number): Promise<boolean> {
  if (!Number.isSafeInteger(count) || count < 1) throw new NumberingError(`Cannot take ${count} numbers`);
  try {
    const [row] = await tx
      .select({ value: numberCounters.value })
      .from(numberCounters)
      .where(eq(numberCounters.key, key))
      .for("update", { noWait: true });
    if (row?.value !== expected) return false;
  } catch (error) {
    if (isLockNotAvailable(error)) return false;
    throw error;
  }
  await tx
    .update(numberCounters)
    .set({ value: sql`${numberCounters.value} + ${count}` })
    .where(eq(numberCounters.key, key));
  return true;
}

/** SP-<year>-000001…; `year` is the Istanbul calendar year (lib/dates.ts istanbulYear). */
export async function nextOrderNumber(tx: Tx, year: number): Promise<string> {
  return formatOrderNumber(year, await nextSequence(tx, counterKey("order", year)));
}

/** CRD<year>000000001…; take it when the invoice is finalized, never for a draft. */
export async function nextInvoiceNumber(tx: Tx, year: number): Promise<string> {
  return formatInvoiceNumber(year, await nextSequence(tx, counterKey("invoice", year)));
}

/** TKF-<year>-000001… */
export async function nextQuoteReference(tx: Tx, year: number): Promise<string> {
  return formatQuoteReference(year, await nextSequence(tx, counterKey("quote", year)));
}
