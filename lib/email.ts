import "server-only";
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { Resend } from "resend";
import { getDb, rowsOf, type DbOrTx, type Tx } from "@/db";
import { jsonRows } from "@/db/batch";
import { getEmail, requeueAfterSql, setRequeueAfter } from "@/db/queries/emails";
import { emails } from "@/db/schema";
import {
  isTemplateName,
  renderEmail,
  sensitiveFields,
  templates,
  type TemplateData,
  type TemplateName,
} from "@/emails";
import { inngest, inngestConfigured } from "@/inngest/client";
import { emailQueued } from "@/inngest/events";
import { systemContext, type Context } from "./context";
import { env } from "./env";
import { afterResponse } from "./request";

export type OutgoingEmail<N extends TemplateName = TemplateName> = { to: string; template: N; data: TemplateData<N> };
export type QueueEmail = <N extends TemplateName>(email: OutgoingEmail<N>) => Promise<void>;
/** Queues many e-mails in one insert (batch work: a billing run e-mails thousands of customers). */
export type QueueEmails = (emails: readonly OutgoingEmail[]) => Promise<void>;

/** Tries per e-mail before it is marked `failed`: the first and its retries, by Inngest or the app's own passes. */
export const EMAIL_RETRIES = 5;
export const EMAIL_MAX_ATTEMPTS = EMAIL_RETRIES + 1;

export class EmailSendError extends Error {
  readonly code = "EMAIL_SEND_FAILED" as const;
}

/**
 * How many e-mails a second leave for Resend, whose limit for a team is 2 API calls a second unless
 * raised on request. One: Inngest's throttle may start one more at once after an idle spell, and a
 * retry is not throttled, so this pace stays under Resend's limit with room for both. A billing run's
 * 10,000 invoice e-mails leave within about 2 hours 47 minutes (instead of failing on 429 answers);
 * with a raised limit, raise this with it.
 */
export const EMAIL_SENDS_PER_SECOND = 1;

/**
 * How long a rate-limited e-mail waits before its next try: Resend's `retry-after`, but at least 30
 * seconds (its own limit clears in a second; a longer wait spreads the retries over a sender on the
 * same team that saturates it) and at most 15 minutes.
 */
const RETRY_AFTER_SECONDS = { min: 30, max: 15 * 60 };

/**
 * After a row is handed to the sender, how long the requeue job leaves it alone beyond the time the
 * queue ahead of it needs at EMAIL_SENDS_PER_SECOND (lib/email-retry.ts).
 */
export const REQUEUE_GRACE_MS = 5 * 60_000;

// On globalThis: the scheduler (started from instrumentation.ts) and the request handlers may load
// this module in separate bundles of one process, and they must share the turns.
const sending = globalThis as unknown as { cardakNextEmailSendAt?: number };

/**
 * One Resend call at a time per EMAIL_SENDS_PER_SECOND in this process, whoever sends (a delivery
 * after a response, the requeue job, an Inngest run): resolves when this caller's turn has come.
 */
function sendingTurn(): Promise<void> {
  const now = Date.now();
  const turn = Math.max(now, sending.cardakNextEmailSendAt ?? 0);
  sending.cardakNextEmailSendAt = turn + 1000 / EMAIL_SENDS_PER_SECOND;
  return turn > now ? new Promise((resolve) => setTimeout(resolve, turn - now)) : Promise.resolve();
}

/** Resend answered 429 `rate_limit_exceeded` all the same: try again after the time it names. */
export class EmailRateLimitedError extends EmailSendError {
  constructor(
    message: string,
    /** Seconds to wait: Resend's `retry-after`, within 30 seconds and 15 minutes. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

function retryAfterSeconds(headers: Record<string, string> | null | undefined): number {
  const seconds = Number(headers?.["retry-after"]);
  const asked = Number.isFinite(seconds) ? Math.ceil(seconds) : 0;
  return Math.min(Math.max(asked, RETRY_AFTER_SECONDS.min), RETRY_AFTER_SECONDS.max);
}

/**
 * The rows queued inside each open `transactionWithEmails`, by its transaction: a helper that only
 * has the caller's `tx` (queueOpsAlert) still gets its e-mail handed to the sender after commit.
 */
const queuedInTransaction = new WeakMap<object, string[]>();

/**
 * When rows queued (or handed over) now may be handed over again: 5 minutes after the queue, they
 * included, could have drained at EMAIL_SENDS_PER_SECOND; `joining` counts those this very statement
 * queues. `behindQueue: false` when no run waits for them anywhere (their events were not sent).
 */
export function requeueAfter(joining: number, { behindQueue = true } = {}): SQL {
  return requeueAfterSql({
    graceMs: REQUEUE_GRACE_MS,
    perSecond: behindQueue ? EMAIL_SENDS_PER_SECOND : undefined,
    joining,
  });
}

/** Writes an e-mail row (`queued`) in the caller's transaction; nothing leaves before it commits. */
export async function queueEmail<N extends TemplateName>(tx: DbOrTx, email: OutgoingEmail<N>): Promise<string> {
  const data = templates[email.template].schema.parse(email.data) as Record<string, unknown>;
  const [row] = await tx
    .insert(emails)
    .values({ recipient: email.to, template: email.template, data, status: "queued", requeueAfter: requeueAfter(1) })
    .returning({ id: emails.id });
  if (!row) throw new Error("E-mail row was not written");
  queuedInTransaction.get(tx)?.push(row.id);
  return row.id;
}

/** Writes many e-mail rows (`queued`) in one insert, in the caller's transaction. */
export async function queueEmails(tx: DbOrTx, list: readonly OutgoingEmail[]): Promise<string[]> {
  if (list.length === 0) return [];
  const rows = list.map((email) => ({
    recipient: email.to,
    template: email.template,
    data: templates[email.template].schema.parse(email.data) as Record<string, unknown>,
  }));
  const result = await tx.execute(sql`
    insert into ${emails} (recipient, template, data, status, requeue_after)
    select recipient, template, data, 'queued', ${requeueAfter(rows.length)} from jsonb_to_recordset(${jsonRows(rows)})
      as r(recipient text, template text, data jsonb)
    returning id`);
  const ids = rowsOf<{ id: string }>(result).map((row) => row.id);
  queuedInTransaction.get(tx)?.push(...ids);
  return ids;
}

/**
 * Runs `work` in one transaction; the e-mails it queues are handed to the sender only after commit,
 * so a rolled-back change sends nothing and a committed one loses nothing. In a request they go
 * after the response: rendering and sending do not hold the user up. Whatever happens to them then
 * (a crash, a provider error), the rows stay `queued` and the requeue job (lib/email-retry.ts) sends
 * them again.
 */
export async function transactionWithEmails<T>(
  work: (tx: Tx, queue: QueueEmail, queueAll: QueueEmails) => Promise<T>,
): Promise<T> {
  const db = await getDb();
  const ids: string[] = [];
  const result = await db.transaction((tx) => {
    queuedInTransaction.set(tx, ids);
    return work(
      tx,
      async (email) => {
        await queueEmail(tx, email);
      },
      async (list) => {
        await queueEmails(tx, list);
      },
    );
  });
  if (ids.length > 0) await afterResponse(() => dispatchEmails(ids, { inlineLimit: INLINE_DELIVERY_LIMIT }));
  return result;
}

/**
 * Without Inngest, how many e-mails one transaction delivers right after its commit; the rest stay
 * `queued` for the requeue job (INLINE_REQUEUE_LIMIT every 5 minutes), so a billing run of thousands
 * does not render them all inside the request that started it.
 */
export const INLINE_DELIVERY_LIMIT = 50;

/**
 * Hands committed rows to Inngest; without Inngest (local use) delivers them right away, at most
 * `inlineLimit` of them (the requeue job picks up the rest), one Resend call at a time at
 * EMAIL_SENDS_PER_SECOND. `ctx` is whose work it is, for the log: the requeue job's, or the sending
 * request's.
 */
export async function dispatchEmails(
  ids: string[],
  { ctx = systemContext("dispatch-emails"), inlineLimit = Infinity }: { ctx?: Context; inlineLimit?: number } = {},
): Promise<void> {
  if (ids.length === 0) return;
  if (inngestConfigured()) {
    // The rows were written due for a second hand-over only once the queue could have drained
    // (requeue_after); the requeue job moves them on when it hands them over again.
    try {
      await inngest().send(ids.map((emailId) => emailQueued.create({ emailId })));
    } catch (error) {
      ctx.log.warn({ err: error, ids }, "e-mail events not sent; the requeue cron will retry");
      // No run waits for them in any queue: due again after the grace alone.
      await getDb()
        .then((db) => setRequeueAfter(db, { emailIds: ids, at: requeueAfter(0, { behindQueue: false }) }))
        .catch((failure: unknown) => ctx.log.error({ err: failure, ids }, "e-mail requeue time not moved"));
    }
    return;
  }
  for (const id of ids.slice(0, inlineLimit)) {
    try {
      await deliverEmail(ctx, id);
    } catch (error) {
      if (error instanceof EmailRateLimitedError) {
        // Resend wants a pause: this one and the rest stay queued for the requeue job's next passes.
        ctx.log.warn({ emailId: id, retryAfterSeconds: error.retryAfterSeconds }, "e-mail rate limited; left queued");
        return;
      }
      ctx.log.error({ err: error, emailId: id }, "e-mail delivery failed");
      await failIfOutOfAttempts(ctx, id, error).catch((failure: unknown) =>
        ctx.log.error({ err: failure, emailId: id }, "e-mail not marked failed"),
      );
    }
  }
}

/** Without Inngest nothing else ends the retries: the last allowed attempt marks the row `failed`. */
async function failIfOutOfAttempts(ctx: Context, emailId: string, error: unknown): Promise<void> {
  const row = await getEmail(await getDb(), { emailId });
  if (row && row.attempts >= EMAIL_MAX_ATTEMPTS) {
    await markEmailFailed(ctx, emailId, error instanceof Error ? error.message : String(error));
  }
}

function resendClient(apiKey: string): Resend {
  return new Resend(apiKey, { baseUrl: env().RESEND_BASE_URL });
}

export type DeliveryOutcome = "sent" | "stored" | "skipped";

/**
 * Renders and sends one e-mail row. Idempotent: a row no longer `queued` (sent, stored, or given up as
 * failed) is skipped, and Resend gets the key `email/<row id>` so a retry after a lost answer is not
 * delivered twice.
 */
export async function deliverEmail(ctx: Context, emailId: string): Promise<DeliveryOutcome> {
  const db = await getDb();
  const row = await getEmail(db, { emailId });
  // Only a row still waiting: sent or stored is done, and failed was given up (a late run must not send it).
  if (!row || row.status !== "queued") return "skipped";
  if (!(row.template in templates)) throw new EmailSendError(`Unknown template ${row.template}`);
  const template = row.template as TemplateName;
  const rendered = await renderEmail(template, row.data);
  const config = env();
  if (!config.RESEND_API_KEY) {
    // Not over an erasure (KVKK) that came while it was being rendered: that one gave it up.
    await db
      .update(emails)
      .set({ status: "stored", subject: rendered.subject })
      .where(and(eq(emails.id, emailId), isNull(emails.erasedAt)));
    ctx.log.debug({ emailId, template }, "e-mail stored: no Resend key");
    return "stored";
  }
  await db
    .update(emails)
    .set({ attempts: sql`${emails.attempts} + 1`, subject: rendered.subject })
    .where(eq(emails.id, emailId));
  await sendingTurn();
  const { data, error, headers } = await resendClient(config.RESEND_API_KEY).emails.send(
    { from: config.EMAIL_FROM, to: row.recipient, subject: rendered.subject, html: rendered.html, text: rendered.text },
    { idempotencyKey: `email/${emailId}` },
  );
  if (error || !data) {
    const message = error?.message ?? "Resend returned no id";
    // Only the rate limit: a daily or monthly quota (also 429) is a failure like any other.
    const rateLimited = error?.name === "rate_limit_exceeded";
    await db
      .update(emails)
      // A rate-limited try is no attempt: the e-mail was not refused, only asked to wait.
      .set({ lastError: message.slice(0, 500), ...(rateLimited && { attempts: sql`${emails.attempts} - 1` }) })
      .where(eq(emails.id, emailId));
    if (rateLimited) throw new EmailRateLimitedError(message, retryAfterSeconds(headers));
    throw new EmailSendError(message);
  }
  const redacted = withoutSecrets(template, row.data, "[gönderildi]");
  await db
    .update(emails)
    .set({
      status: "sent",
      providerId: data.id,
      sentAt: new Date(),
      lastError: null,
      // An erasure (KVKK) that came while it was being sent emptied the data: it stays empty.
      data: sql`case when ${emails.erasedAt} is null then ${JSON.stringify(redacted)}::jsonb else ${emails.data} end`,
    })
    .where(eq(emails.id, emailId));
  ctx.log.info({ emailId, template, providerId: data.id }, "e-mail sent");
  return "sent";
}

/** A row's data without the template's secret links, once they are of no further use. */
function withoutSecrets(template: string, data: Record<string, unknown>, placeholder: string): Record<string, unknown> {
  if (!isTemplateName(template)) return data;
  const copy = { ...data };
  for (const field of sensitiveFields(template)) if (field in copy) copy[field] = placeholder;
  return copy;
}

/** After the last retry: the row shows `failed` with the error, and keeps no secret link. */
export async function markEmailFailed(ctx: Context, emailId: string, message: string): Promise<void> {
  const db = await getDb();
  const row = await getEmail(db, { emailId });
  if (!row) return;
  ctx.log.warn({ emailId, template: row.template, error: message }, "e-mail given up");
  await db
    .update(emails)
    .set({
      status: "failed",
      lastError: message.slice(0, 500),
      data: withoutSecrets(row.template, row.data, "[gönderilemedi]"),
    })
    .where(and(eq(emails.id, emailId), inArray(emails.status, ["queued"])));
}
