import { sql } from "drizzle-orm";
import {
  counterKey,
  formatInvoiceNumber,
  formatOrderNumber,
  formatQuoteReference,
  NumberingError,
} from "@/lib/numbering";
import type { Tx } from "../index";
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
 * `nextSequence`, one round trip for a whole batch (the billing run numbers 500 invoices at a time).
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
