import "server-only";
import { getDb } from "@/db";
import { nextQuoteReference } from "@/db/queries/counters";
import { getTierTable } from "@/db/queries/pricing";
import { quoteRequests } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { addressLimitKey } from "@/lib/client-address";
import { isCustomerActor, type Context } from "@/lib/context";
import { istanbulYear } from "@/lib/dates";
import { transactionWithEmails } from "@/lib/email";
import { env } from "@/lib/env";
import { quotePrice } from "@/lib/pricing";
import { formatWait, takeLimit, type Limit } from "@/lib/rate-limit";
import { quoteError, quoteLimitError } from "./messages";
import type { QuoteRequestInput } from "./schemas";

const HOUR = 60 * 60_000;
const QUOTE_LIMIT_BUCKET = "quote:ip";
const QUOTE_RECIPIENT_BUCKET = "quote:email";

/** 5 quote requests an hour per address; one mailbox gets at most 3 confirmations a day, whoever asks. */
function quoteLimits(ip: string, email?: string): Limit[] {
  const limits: Limit[] = [{ bucket: QUOTE_LIMIT_BUCKET, key: addressLimitKey(ip), max: 5, windowMs: HOUR }];
  if (email) limits.push({ bucket: QUOTE_RECIPIENT_BUCKET, key: email.toLowerCase(), max: 3, windowMs: 24 * HOUR });
  return limits;
}

export type SubmittedQuote = {
  id: string;
  referenceNumber: string;
  unitPrice: number;
  monthlyEstimate: number;
  estimatedVolume: number;
  storageCharge: number;
};

/** Every limit is per caller's address: a request without one (no HTTP caller) is a bug. */
function callerAddress(ctx: Context): string {
  if (!ctx.ip) throw new Error(`${ctx.action}: a quote request needs the caller's address`);
  return ctx.ip;
}

/**
 * Saves a validated quote request with its automatic price, the audit row and both e-mails in one
 * transaction. The limits are taken in the same transaction (under their locks until it commits),
 * so two parallel requests cannot both be the fifth, and a failed save counts nothing. A signed-in
 * customer's request (the context's actor) is linked to its customer. A filled honeypot is refused
 * and counted against the address only: nothing else is written.
 */
export async function submitQuote(ctx: Context, input: QuoteRequestInput, now = new Date()): Promise<SubmittedQuote> {
  const ip = callerAddress(ctx);
  if (input.website && input.website.trim() !== "") {
    ctx.log.warn({ ip }, "quote refused: honeypot filled");
    await takeLimit(await getDb(), quoteLimits(ip), now);
    throw quoteError("QUOTE_HONEYPOT");
  }
  return transactionWithEmails(async (tx, queue) => {
    const taken = await takeLimit(tx, quoteLimits(ip, input.email), now);
    if (taken.limited) {
      throw quoteLimitError({
        max: taken.limit.max,
        wait: formatWait(taken.retryAfterMs),
        byRecipient: taken.limit.bucket === QUOTE_RECIPIENT_BUCKET,
      });
    }

    const price = quotePrice(await getTierTable(tx, { at: now }), input.monthlyVolume);
    const referenceNumber = await nextQuoteReference(tx, istanbulYear(now));
    const email = input.email.toLowerCase();
    const [quote] = await tx
      .insert(quoteRequests)
      .values({
        referenceNumber,
        customerId: isCustomerActor(ctx.actor) ? ctx.actor.customerId : null,
        companyName: input.companyName,
        contactName: input.contactName,
        email,
        phone: input.phone,
        monthlyVolume: input.monthlyVolume,
        productTypes: input.productTypes,
        specialRequirements: input.specialRequirements ?? null,
        hasFragileItems: input.hasFragileItems,
        needsCustomPackaging: input.needsCustomPackaging,
        preferredStartDate: input.preferredStartDate ?? null,
        needsReview: input.hasFragileItems || input.needsCustomPackaging,
        status: "pending",
        calculatedUnitPrice: price.unitPrice,
        createdAt: now,
      })
      .returning({ id: quoteRequests.id, needsReview: quoteRequests.needsReview });
    if (!quote) throw new Error("Quote was not created");

    await writeAudit(tx, ctx, {
      action: "quote.submitted",
      entityType: "quote",
      entityId: quote.id,
      after: {
        referenceNumber,
        status: "pending",
        monthlyVolume: input.monthlyVolume,
        calculatedUnitPrice: price.unitPrice,
      },
    });
    await queue({
      to: email,
      template: "quote-received",
      data: {
        contactName: input.contactName,
        companyName: input.companyName,
        referenceNumber,
        monthlyVolume: input.monthlyVolume,
        unitPrice: price.unitPrice,
        monthlyEstimate: price.monthlyEstimate,
      },
    });
    const opsEmail = env().OPS_EMAIL;
    if (opsEmail) {
      await queue({
        to: opsEmail,
        template: "new-quote",
        data: {
          referenceNumber,
          companyName: input.companyName,
          contactName: input.contactName,
          email,
          phone: input.phone,
          monthlyVolume: input.monthlyVolume,
          productTypes: input.productTypes,
          unitPrice: price.unitPrice,
          needsReview: quote.needsReview,
          adminUrl: new URL(`/yonetim/teklifler/${quote.id}`, env().APP_URL).toString(),
        },
      });
    }
    return {
      id: quote.id,
      referenceNumber,
      unitPrice: price.unitPrice,
      monthlyEstimate: price.monthlyEstimate,
      estimatedVolume: price.estimatedVolume,
      storageCharge: price.storageCharge,
    };
  });
}
