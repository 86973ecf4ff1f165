import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { getAttemptByConversationId } from "@/db/queries/payments";
import { paymentNotifications } from "@/db/schema";
import type { Context } from "../context";
import { iyzicoConfig } from "../iyzico/config";
import { verifyIyzicoWebhook } from "../iyzico/webhook";
import { settleCardAttempt } from "./settle";

export type NotificationReceipt =
  | { status: 401 }
  /** Answer 200 now; `work` (when there is some) settles the attempt after the answer went out. */
  | { status: 200; outcome: string; work?: () => Promise<void> };

/**
 * A notification from Iyzico (`/api/webhooks/iyzico`). Refused (401, nothing written) unless its
 * X-IYZ-SIGNATURE-V3 proves it comes from Iyzico. A proven one is recorded once per
 * `iyziReferenceCode` (a redelivery finds the row and does nothing), then only prompts us to ask
 * Iyzico about the attempt it names: the body alone never pays anything.
 */
export async function receiveIyzicoNotification(
  ctx: Context,
  rawBody: string,
  signature: string | null,
): Promise<NotificationReceipt> {
  const config = iyzicoConfig();
  if (!config) {
    ctx.log.warn("Iyzico notification while card payments are not configured");
    return { status: 401 };
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    body = null;
  }
  const check = verifyIyzicoWebhook(config.secretKey, body, signature);
  if (!check.ok) {
    ctx.log.warn({ reason: check.reason }, "Iyzico notification refused");
    return { status: 401 };
  }
  const event = check.event;
  const db = await getDb();
  const [row] = await db
    .insert(paymentNotifications)
    .values({
      referenceCode: event.iyziReferenceCode,
      eventType: event.iyziEventType,
      status: event.status,
      conversationId: event.paymentConversationId,
      body: body as Record<string, unknown>,
    })
    .onConflictDoNothing({ target: paymentNotifications.referenceCode })
    .returning({ id: paymentNotifications.id });
  if (!row) return { status: 200, outcome: "duplicate" };

  const record = (outcome: string, paymentId?: string) =>
    db
      .update(paymentNotifications)
      .set({ outcome, processedAt: new Date(), ...(paymentId ? { paymentId } : {}) })
      .where(eq(paymentNotifications.id, row.id));

  const attempt = await getAttemptByConversationId(db, { conversationId: event.paymentConversationId });
  if (!attempt) {
    ctx.log.warn({ conversationId: event.paymentConversationId }, "Iyzico notification for an unknown attempt");
    await record("unknown-attempt");
    return { status: 200, outcome: "unknown-attempt" };
  }
  if (event.format === "hosted-page" && event.token !== attempt.checkoutToken) {
    ctx.log.error({ paymentId: attempt.id }, "Iyzico notification names another checkout token than the attempt's");
    await record("token-mismatch", attempt.id);
    return { status: 200, outcome: "token-mismatch" };
  }
  return {
    status: 200,
    outcome: "accepted",
    work: async () => {
      const settled = await settleCardAttempt(ctx, attempt);
      await record(settled.outcome, attempt.id);
    },
  };
}
