import "server-only";
import { and, eq, isNull, notExists } from "drizzle-orm";
import { findQuoteForActivation, findSessionByTokenHash } from "@/db/queries/onboarding";
import { integrations, onboardingSessions, quoteRequests } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { transactionWithEmails } from "@/lib/email";
import { env } from "@/lib/env";
import { sha256Hex } from "@/lib/tokens";
import { completeExistingAccount, insertAccount, ProfileAlreadyCompleteError, type AccountInput } from "./account";
import { PLATFORM_LABELS, SERVICE_TYPE_LABELS, step1Schema, step2Schema, type PlatformChoice } from "./schemas";

export type CompleteFailure =
  "not_found" | "incomplete" | "already_completed" | "email_taken" | "tax_id_taken" | "custom_needs_quote";
export type CompleteOutcome =
  { ok: true; customerId: string; userId: string; email: string } | { ok: false; reason: CompleteFailure };

/** Who the account is for: a new user with this password, or a signed-in customer completing theirs. */
export type CompleteFor =
  { kind: "new"; password: string } | { kind: "existing"; customerId: string; user: { id: string; email: string } };

class AlreadyCompleted extends Error {}
class CustomNeedsQuote extends Error {}

function uniqueViolation(error: unknown): string | null {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const record = current as { code?: string; constraint_name?: string; constraint?: string; message?: string };
    if (record.code === "23505") return record.constraint_name ?? record.constraint ?? record.message ?? "";
  }
  return null;
}

/**
 * Step 4: opens the account. In ONE transaction the session is claimed (a conditional update from
 * `in_progress` to `completed`, so of two simultaneous submissions only the first finds it), then the
 * customer, its user, the integration's new owner, the quote link, the audit rows and the activation
 * e-mail are written. Anything failing rolls all of it back, the claim included.
 */
export async function completeOnboarding(params: {
  token: string;
  for: CompleteFor;
  ip: string;
  requestId: string;
  acceptedAt?: Date;
}): Promise<CompleteOutcome> {
  const session = await findSessionByTokenHash({ tokenHash: sha256Hex(params.token) });
  if (!session || session.status === "abandoned") return { ok: false, reason: "not_found" };
  if (session.status === "completed") return { ok: false, reason: "already_completed" };
  const company = step1Schema.safeParse(session.step1 ?? {});
  const service = step2Schema.safeParse(session.step2 ?? {});
  const platform = (session.step3 as { platform?: PlatformChoice } | null)?.platform;
  if (session.currentStep < 4 || !company.success || !service.success || !platform) {
    return { ok: false, reason: "incomplete" };
  }
  const passwordHash = params.for.kind === "new" ? await hashPassword(params.for.password) : null;
  const owner = params.for;

  try {
    return await transactionWithEmails(async (tx, queue) => {
      const [claimed] = await tx
        .update(onboardingSessions)
        .set({ status: "completed", completedAt: params.acceptedAt ?? new Date() })
        .where(and(eq(onboardingSessions.id, session.id), eq(onboardingSessions.status, "in_progress")))
        .returning({ id: onboardingSessions.id, quoteId: onboardingSessions.quoteId });
      if (!claimed) throw new AlreadyCompleted();

      const quote = claimed.quoteId ? await findQuoteForActivation(tx, { quoteId: claimed.quoteId }) : null;
      // An offer's price goes to one account only: the quote's own customer, or the first to claim it.
      const claimable = !quote?.customerId || (owner.kind === "existing" && quote.customerId === owner.customerId);
      const fromQuote = quote?.status === "accepted" && claimable ? quote : null;
      if (service.data.serviceType === "custom" && fromQuote?.acceptedUnitPrice == null) throw new CustomNeedsQuote();
      const input: AccountInput = {
        company: company.data,
        service: service.data,
        contract: {
          unitPrice: fromQuote?.acceptedUnitPrice ?? null,
          declaredVolume: fromQuote?.monthlyVolume ?? null,
          quoteId: fromQuote?.id ?? null,
        },
        acceptedAt: params.acceptedAt ?? new Date(),
        request: { ip: params.ip, requestId: params.requestId },
      };
      const account =
        owner.kind === "new"
          ? await insertAccount(tx, { ...input, passwordHash: passwordHash! })
          : await completeExistingAccount(tx, { ...input, customerId: owner.customerId, user: owner.user });
      const audit = { actor: account.actor, ip: params.ip, requestId: params.requestId };

      await tx
        .update(onboardingSessions)
        .set({ customerId: account.customerId })
        .where(eq(onboardingSessions.id, session.id));
      // A customer has at most one integration; one it already has is kept.
      const [integration] = await tx
        .update(integrations)
        .set({ customerId: account.customerId })
        .where(
          and(
            eq(integrations.onboardingSessionId, session.id),
            isNull(integrations.customerId),
            notExists(
              tx
                .select({ id: integrations.id })
                .from(integrations)
                .where(eq(integrations.customerId, account.customerId)),
            ),
          ),
        )
        .returning({
          id: integrations.id,
          platform: integrations.platform,
          status: integrations.status,
          shopName: integrations.shopName,
        });
      if (integration) {
        await writeAudit(tx, {
          ...audit,
          action: "integration.linked",
          entityType: "integration",
          entityId: integration.id,
          after: { customerId: account.customerId, platform: integration.platform, status: integration.status },
        });
      }
      if (fromQuote && !fromQuote.customerId) {
        await tx
          .update(quoteRequests)
          .set({ customerId: account.customerId })
          .where(eq(quoteRequests.id, fromQuote.id));
        await writeAudit(tx, {
          ...audit,
          action: "quote.customer_linked",
          entityType: "quote",
          entityId: fromQuote.id,
          before: { customerId: null },
          after: { customerId: account.customerId },
        });
      }
      await writeAudit(tx, {
        ...audit,
        action: "onboarding.completed",
        entityType: "onboarding_session",
        entityId: session.id,
        before: { status: "in_progress" },
        after: { status: "completed", customerId: account.customerId },
      });

      const c = company.data;
      await queue({
        to: c.email,
        template: "service-activated",
        data: {
          name: c.contactName,
          companyName: c.companyName,
          serviceLabel: SERVICE_TYPE_LABELS[service.data.serviceType],
          email: account.email,
          panelUrl: new URL("/panel", env().APP_URL).toString(),
          integrationLabel: integration
            ? `${PLATFORM_LABELS[integration.platform]}${integration.shopName ? ` (${integration.shopName})` : ""}`
            : null,
        },
      });
      return { ok: true as const, customerId: account.customerId, userId: account.userId, email: account.email };
    });
  } catch (error) {
    if (error instanceof CustomNeedsQuote) return { ok: false, reason: "custom_needs_quote" };
    if (error instanceof AlreadyCompleted || error instanceof ProfileAlreadyCompleteError) {
      return { ok: false, reason: "already_completed" };
    }
    const constraint = uniqueViolation(error);
    if (constraint !== null)
      return { ok: false, reason: constraint.includes("tax_id") ? "tax_id_taken" : "email_taken" };
    throw error;
  }
}
