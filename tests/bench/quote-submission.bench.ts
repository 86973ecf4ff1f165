// Part of `npm run bench` (the vitest project "bench"): the quote form's server action, run as the
// integration tests run it (a real database, Next's request parts replaced by helpers/next-mocks).
import "../integration/helpers/next-mocks";
import { count } from "drizzle-orm";
import { afterEach, expect, it } from "vitest";
import { submitQuoteAction } from "@/app/(marketing)/teklif-al/actions";
import { getDb } from "@/db";
import { emails, quoteRequests } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { startFakeResend } from "../fakes/resend";
import { fromIp, quoteForm } from "../integration/helpers/quotes";
import { responseSent } from "../integration/helpers/response";
import { report } from "./harness";

const ROUNDS = 30;
let resend: Awaited<ReturnType<typeof startFakeResend>> | undefined;

afterEach(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  resetEnvCache();
  await resend?.close();
});

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

let submitted = 0;
async function submit(): Promise<void> {
  submitted += 1;
  // A new address and e-mail each time: the per-IP and per-recipient limits stay out of the way.
  fromIp(`198.51.${Math.floor(submitted / 250)}.${submitted % 250}`);
  const result = await submitQuoteAction(null, quoteForm({ email: `bench${submitted}@ornek.com.tr` }));
  if (!result.ok) throw new Error(`quote refused: ${JSON.stringify(result)}`);
}

/** Alternating rounds: the response with the e-mails delivered in it (before), and without (now). */
async function measureRounds(): Promise<{ before: number; after: number }> {
  for (let warmup = 0; warmup < 3; warmup++) {
    await submit();
    await responseSent();
  }
  const before: number[] = [];
  const after: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let start = performance.now();
    await submit();
    await responseSent();
    before.push(performance.now() - start);

    start = performance.now();
    await submit();
    after.push(performance.now() - start);
    await responseSent();
  }
  return { before: median(before), after: median(after) };
}

/**
 * The time until the visitor gets the answer. Before, the action rendered and delivered both e-mails
 * (to operations and to the visitor) before answering: the baseline is the action plus that
 * delivery. Now they go after the response: the candidate is the action alone. The two alternate so
 * the machine's load weighs on both alike. Measured without a Resend key (the rows are only rendered
 * and stored, as in local use) and with one, through Resend's SDK to a local fake.
 */
it("quote submission: answering before the e-mails are delivered", async () => {
  const stored = await measureRounds();
  resend = await startFakeResend();
  process.env.RESEND_API_KEY = "re_bench_key";
  process.env.RESEND_BASE_URL = resend.url;
  resetEnvCache();
  const sentThroughResend = await measureRounds();
  report([
    {
      name: "quote submission response, e-mails stored (no Resend key)",
      baseline: "with both delivered in the request",
      baselineMs: stored.before,
      candidateMs: stored.after,
    },
    {
      name: "quote submission response, e-mails sent through Resend (local fake)",
      baseline: "with both delivered in the request",
      baselineMs: sentThroughResend.before,
      candidateMs: sentThroughResend.after,
    },
  ]);

  // Every quote and both of its e-mails went out, whichever way it was measured.
  const db = await getDb();
  const [quotes] = await db.select({ value: count() }).from(quoteRequests);
  const delivered = await db
    .select({ status: emails.status, value: count() })
    .from(emails)
    .groupBy(emails.status)
    .orderBy(emails.status);
  expect(quotes!.value).toBe(submitted);
  expect(delivered).toEqual([
    { status: "sent", value: resend.received.length },
    { status: "stored", value: 2 * submitted - resend.received.length },
  ]);
  expect(resend.received.length).toBe(2 * (3 + 2 * ROUNDS));
});
