import "server-only";
import { getDb } from "@/db";
import { nextQuoteReference } from "@/db/queries/counters";
import { getTierTable } from "@/db/queries/pricing";
import { quoteRequests } from "@/db/schema";
import type { QuoteRequestInput } from "@/components/quotes/schemas";
import { writeAudit, type AuditActor } from "@/lib/audit";
import { istanbulYear } from "@/lib/dates";
import { transactionWithEmails } from "@/lib/email";
import { env } from "@/lib/env";
import { quotePrice } from "@/lib/pricing";
import { addressLimitKey } from "@/lib/client-address";
import { takeLimit, type Limit, type Refusal } from "@/lib/rate-limit";

const HOUR = 60 * 60_000;
export const QUOTE_LIMIT_BUCKET = "quote:ip";
export const QUOTE_RECIPIENT_BUCKET = "quote:email";

/** 5 quote requests an hour per address; one mailbox gets at most 3 confirmations a day, whoever asks. */
export function quoteLimits(ip: string, email?: string): Limit[] {
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

type SubmitContext = {
  ip: string;
  requestId: string;
  /** The signed-in customer's user, when a customer asks for a quote. */
  customer?: { userId: string; email: string; customerId: string } | null;
};

/**
 * Saves a validated quote request with its automatic price, the audit row and both e-mails in one
 * transaction. The limits are taken in the same transaction (under their locks until it commits),
 * so two parallel requests cannot both be the fifth, and a failed save counts nothing.
 */
export async function submitQuote(
  input: QuoteRequestInput,
  context: SubmitContext,
  now = new Date(),
): Promise<{ ok: true; quote: SubmittedQuote } | { ok: false; limited: Refusal }> {
  return transactionWithEmails(async (tx, queue) => {
    const taken = await takeLimit(tx, quoteLimits(context.ip, input.email), now);
    if (taken.limited) return { ok: false as const, limited: taken };

    const price = quotePrice(await getTierTable({ db: tx, at: now }), input.monthlyVolume);
    const referenceNumber = await nextQuoteReference(tx, istanbulYear(now));
    const email = input.email.toLowerCase();
    const [quote] = await tx
      .insert(quoteRequests)
      .values({
        referenceNumber,
        customerId: context.customer?.customerId ?? null,
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

    const actor: AuditActor = context.customer
      ? { kind: "user", userId: context.customer.userId, email: context.customer.email }
      : { kind: "anonymous", email };
    await writeAudit(tx, {
      actor,
      action: "quote.submitted",
      entityType: "quote",
      entityId: quote.id,
      after: {
        referenceNumber,
        status: "pending",
        monthlyVolume: input.monthlyVolume,
        calculatedUnitPrice: price.unitPrice,
      },
      ip: context.ip,
      requestId: context.requestId,
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
    await queue({
      to: env().OPS_EMAIL,
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
    return {
      ok: true as const,
      quote: {
        id: quote.id,
        referenceNumber,
        unitPrice: price.unitPrice,
        monthlyEstimate: price.monthlyEstimate,
        estimatedVolume: price.estimatedVolume,
        storageCharge: price.storageCharge,
      },
    };
  });
}

/** The honeypot was filled: only the address's limit counts it, nothing else is written. */
export async function recordHoneypotHit(ip: string, now = new Date()): Promise<void> {
  await takeLimit(await getDb(), quoteLimits(ip), now);
}
