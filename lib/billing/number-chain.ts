import "server-only";
import type { Db, Tx } from "@/db";
import { claimSequenceBlock, readSequence } from "@/db/queries/counters";
import { istanbulYear } from "../dates";
import { counterKey } from "../numbering";
import { issueTime, numberRows, type ToIssue } from "./finalize";

/**
 * Where the series stands after a chunk: the counter value and issue time the next chunk goes on
 * from, and whether this chunk took its numbers (settled once its claim is sent, or once it gave up).
 */
type Link = { value: number; issuedAt: Date; claimed: Promise<boolean> };

/**
 * A billing run's invoice numbers handed to its chunks in the order the chunks started, so that two
 * chunks can write their invoices at once. Taking numbers the usual way (`takeNumbers`) locks the
 * counter row until commit: the next chunk waits for the whole of this one's writes. Here each chunk
 * numbers its rows where the chunk before it will end (that chunk's start plus its count), writes
 * them, and only as its transaction's last statement claims the block: the counter moves from the
 * value it expected, or the claim fails and the chunk rolls back (IssueConflictError).
 *
 * The series stays gapless and in date order because a claim succeeds only on the value the chunk
 * before it committed, and each chunk's claim waits for the one before it to be sent. Anyone else
 * who takes a number meanwhile (a per-customer Inngest function, a draft issued by hand) makes the
 * claim fail, and so does a chunk before it that failed; the unique index on the invoice number
 * refuses a number taken twice before either commits. The run then takes the failed chunks again
 * the usual way (lib/billing/run.ts).
 *
 * Needs one connection per chunk in flight: a chunk waits, inside its transaction, for the chunk
 * before it. On the embedded database (one connection, transactions one after another) the run
 * numbers the usual way.
 */
export class InvoiceNumberChain {
  /** Set when a chunk's claim failed: the rest of the run numbers the usual way. */
  broken = false;
  #tail: Promise<Link>;

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
    return new InvoiceNumberChain(year, key, { value, issuedAt, claimed: Promise.resolve(true) });
  }

  /** The next chunk's place in the chain: taken as the chunk starts, in the run's order. */
  next(): ChainPlace {
    const previous = this.#tail;
    let publish!: (link: Link) => void;
    this.#tail = new Promise<Link>((resolve) => {
      publish = resolve;
    });
    return new ChainPlace(this, previous, publish);
  }
}

/** One chunk's place in an InvoiceNumberChain: number, then claim, and always release. */
export class ChainPlace {
  #reserved: { previous: Link; count: number; settle: (claimed: boolean) => void } | null = null;

  constructor(
    private readonly chain: InvoiceNumberChain,
    private readonly previous: Promise<Link>,
    private readonly publish: (link: Link) => void,
  ) {}

  /**
   * Numbers `rows` after the previous chunk's (waiting until that chunk knows its count), issued at
   * `now` or at the previous chunk's time if later. Call once, inside the chunk's transaction.
   */
  async number<T extends ToIssue>(rows: readonly T[], now: Date) {
    if (this.#reserved) throw new Error("a chunk numbers its rows once");
    const previous = await this.previous;
    let settle!: (claimed: boolean) => void;
    const claimed = new Promise<boolean>((resolve) => {
      settle = resolve;
    });
    const issuedAt = previous.issuedAt.getTime() > now.getTime() ? previous.issuedAt : now;
    this.#reserved = { previous, count: rows.length, settle };
    this.publish({ value: previous.value + rows.length, issuedAt, claimed });
    return numberRows(rows, this.chain.year, previous.value + 1, issuedAt);
  }

  /**
   * The last statement of the chunk's transaction: the numbers become the chunk's if the series
   * still stands where the previous chunk leaves it (waiting for that chunk's commit). False: roll
   * back, someone else took a number or the previous chunk failed.
   */
  async claim(tx: Tx): Promise<boolean> {
    const reserved = this.#reserved;
    if (!reserved) throw new Error("claim after number");
    const claimed =
      (await reserved.previous.claimed) &&
      (await claimSequenceBlock(tx, this.chain.key, reserved.previous.value, reserved.count));
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
