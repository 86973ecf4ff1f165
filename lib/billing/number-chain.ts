import "server-only";
import { randomInt } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { claimSequenceBlock, readSequence } from "@/db/queries/counters";
import { istanbulYear } from "../dates";
import { counterKey } from "../numbering";
import { issueTime, notBefore, numberRows, type ToIssue } from "./finalize";

/**
 * Where the series stands after a chunk: the counter value and issue time the next chunk goes on
 * from, which chunk's transaction to wait for before claiming (-1: none), and whether that chunk
 * took its numbers (settled once its claim returned, or once it gave up).
 */
type Link = { value: number; issuedAt: Date; chunk: number; claimed: Promise<boolean> };

/**
 * A billing run's invoice numbers handed to its chunks in the order the chunks started, so that
 * several chunks can write their invoices at once. Taking numbers the usual way (`takeNumbers`)
 * locks the counter row until commit: the next chunk waits for the whole of this one's writes. Here
 * each chunk numbers its rows where the chunk before it will end (that chunk's start plus its count),
 * writes them, and only as its transaction's last statements claims the block: it waits for the chunk
 * before it to end, then the counter must move from the value it expected and the previous number's
 * issue time must not be later than its own; otherwise the chunk rolls back (IssueConflictError).
 *
 * So the series stays gapless and in date order: a claim succeeds only on what the chunk before it
 * committed. Anyone else who takes a number meanwhile (a per-customer Inngest function, a draft issued
 * by hand, another run) makes the claim fail, and so does a chunk before it that failed; the unique
 * index on the invoice number refuses a number taken twice before either commits. The run then takes
 * the failed chunks again the usual way (lib/billing/run.ts).
 *
 * Every wait is one PostgreSQL sees: a chunk holds an advisory lock named after the run and its
 * place for its whole transaction, and the next chunk waits for the chunk before it on that lock, not
 * in JavaScript. The claim itself does not wait for the counter row (claimSequenceBlock): once the
 * chunk before has ended, a holder can only be another writer, who may be waiting for this chunk's
 * numbers, so the chunk gives way. Where a chain's rows and another writer's still wait for each
 * other, PostgreSQL breaks the deadlock by failing one side, which is taken again (the run's "again",
 * or `retryOnDeadlock` in generateInvoices and finalizeInvoices); nothing hangs.
 *
 * Needs one connection per chunk in flight. On the embedded database (one connection, transactions
 * one after another) the run numbers the usual way.
 */
export class InvoiceNumberChain {
  #tail: Promise<Link>;
  #chunks = 0;
  /** The advisory locks' first key: this run's, among runs that may overlap. */
  readonly #lockKey = randomInt(-(2 ** 31), 2 ** 31);

  private constructor(
    readonly year: number,
    readonly key: string,
    start: Link,
  ) {
    this.#tail = Promise.resolve(start);
  }

  /** The chain from where the series stands now (committed), for a run issuing at `now`. */
  static async open(db: Db, now: Date): Promise<InvoiceNumberChain> {
    const year = istanbulYear(now);
    const key = counterKey("invoice", year);
    const value = await readSequence(db, key);
    const issuedAt = await issueTime(db, year, value + 1, now);
    return new InvoiceNumberChain(year, key, { value, issuedAt, chunk: -1, claimed: Promise.resolve(true) });
  }

  /** The next chunk's place in the chain: taken as the chunk starts, in the run's order. */
  next(): ChainPlace {
    const previous = this.#tail;
    let publish!: (link: Link) => void;
    this.#tail = new Promise<Link>((resolve) => {
      publish = resolve;
    });
    return new ChainPlace(this, this.#chunks++, previous, publish);
  }

  /** Takes chunk `chunk`'s advisory lock until the transaction ends: that chunk's own, or the next one's wait for it. */
  lock(tx: Tx, chunk: number) {
    return tx.execute(sql`select pg_advisory_xact_lock(${this.#lockKey}::int, ${chunk}::int)`);
  }
}

/** One chunk's place in an InvoiceNumberChain: enter, number, claim, and always release. */
export class ChainPlace {
  #reserved: {
    previous: Link;
    first: number;
    count: number;
    issuedAt: Date;
    settle: (claimed: boolean) => void;
  } | null = null;

  constructor(
    private readonly chain: InvoiceNumberChain,
    private readonly chunk: number,
    private readonly previous: Promise<Link>,
    private readonly publish: (link: Link) => void,
  ) {}

  /** The first statement of the chunk's transaction: the lock the next chunk will wait on. */
  async enter(tx: Tx): Promise<void> {
    await this.chain.lock(tx, this.chunk);
  }

  /**
   * Numbers `rows` after the previous chunk's (waiting until that chunk knows its count: it only
   * reads until then), issued at `now` or at the previous chunk's time if later. Call once.
   */
  async number<T extends ToIssue>(rows: readonly T[], now: Date) {
    if (this.#reserved) throw new Error("a chunk numbers its rows once");
    const previous = await this.previous;
    let settle!: (claimed: boolean) => void;
    const claimed = new Promise<boolean>((resolve) => {
      settle = resolve;
    });
    const issuedAt = notBefore(previous.issuedAt, now);
    const first = previous.value + 1;
    this.#reserved = { previous, first, count: rows.length, issuedAt, settle };
    this.publish({ value: previous.value + rows.length, issuedAt, chunk: this.chunk, claimed });
    return numberRows(rows, this.chain.year, first, issuedAt);
  }

  /**
   * The last statements of the chunk's transaction: after the previous chunk's transaction has ended,
   * the numbers become this chunk's if the series stands where that chunk left it and the number
   * before them was not issued later. False: roll back, someone else took a number or the previous
   * chunk failed.
   */
  async claim(tx: Tx): Promise<boolean> {
    const reserved = this.#reserved;
    if (!reserved) throw new Error("claim after number");
    const { previous, first, count, issuedAt } = reserved;
    if (previous.chunk >= 0) await this.chain.lock(tx, previous.chunk);
    // Settled by now: the previous chunk's claim returned before its transaction ended, and one that
    // gave up settles as soon as its transaction has rolled back.
    const claimed =
      (await previous.claimed) &&
      (await claimSequenceBlock(tx, this.chain.key, first - 1, count)) &&
      (await issueTime(tx, this.chain.year, first, issuedAt)).getTime() === issuedAt.getTime();
    reserved.settle(claimed);
    return claimed;
  }

  /**
   * After the chunk's transaction, whatever happened: a chunk that numbered nothing hands the
   * previous link on; one that numbered and did not claim tells the next that it cannot claim either.
   */
  release(): void {
    if (this.#reserved) this.#reserved.settle(false);
    else void this.previous.then(this.publish);
  }
}
