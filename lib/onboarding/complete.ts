import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import { findQuoteForActivation } from "@/db/queries/accepted-quotes";
import { isCustomerProfileIncomplete } from "@/db/queries/customer-account";
import { customerHasNoIntegration } from "@/db/queries/integrations";
import { findSessionByTokenHash } from "@/db/queries/onboarding-sessions";
import { integrations, onboardingSessions, quoteRequests } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import type { Context, CustomerContext } from "@/lib/context";
import { transactionWithEmails, type QueueEmail } from "@/lib/email";
import { env } from "@/lib/env";
import { formatKurus } from "@/lib/money";
import { queueOpsAlert } from "@/lib/ops-alerts";
import { sha256Hex } from "@/lib/tokens";
import { completeExistingAccount, insertAccount, type Account, type AccountInput } from "./account";
import { onboardingError } from "./messages";
import { PLATFORM_LABELS, SERVICE_TYPE_LABELS, step1Schema, step2Schema, type PlatformChoice } from "./schemas";

/** Who the account is for: a new user with this password, or the signed-in customer completing theirs. */
type Owner = { kind: "new"; password: string } | { kind: "existing"; ctx: CustomerContext };

/** The session of a finished wizard, its steps checked again: NOT_FOUND, ALREADY_COMPLETED, INCOMPLETE. */
async function finishedSession(token: string | null) {
  const session = token ? await findSessionByTokenHash(await getDb(), { tokenHash: sha256Hex(token) }) : null;
  if (!session || session.status === "abandoned") throw onboardingError("SESSION_NOT_FOUND");
  if (session.status === "completed") throw onboardingError("ALREADY_COMPLETED");
  const company = step1Schema.safeParse(session.step1 ?? {});
  const service = step2Schema.safeParse(session.step2 ?? {});
  const platform = (session.step3 as { platform?: PlatformChoice } | null)?.platform;
  if (session.currentStep < 4 || !company.success || !service.success || !platform) {
    throw onboardingError("INCOMPLETE");
  }
  return { id: session.id, company: company.data, service: service.data };
}

type Finished = Awaited<ReturnType<typeof finishedSession>>;

/** The session's integration goes to the account; a customer has at most one, and one it has is kept. */
async function linkIntegration(tx: Tx, account: Account, sessionId: string) {
  const [integration] = await tx
    .update(integrations)
    .set({ customerId: account.customerId })
    .where(
      and(
        eq(integrations.onboardingSessionId, sessionId),
        isNull(integrations.customerId),
        customerHasNoIntegration(tx, { customerId: account.customerId }),
      ),
    )
    .returning({
      id: integrations.id,
      platform: integrations.platform,
      status: integrations.status,
      shopName: integrations.shopName,
    });
  if (integration) {
    await writeAudit(tx, account.ctx, {
      action: "integration.linked",
      entityType: "integration",
      entityId: integration.id,
      after: { customerId: account.customerId, platform: integration.platform, status: integration.status },
    });
  }
  return integration ?? null;
}

async function queueActivationEmail(
  queue: QueueEmail,
  session: Finished,
  account: Account,
  integration: Awaited<ReturnType<typeof linkIntegration>>,
) {
  const c = session.company;
  await queue({
    to: c.email,
    template: "service-activated",
    data: {
      name: c.contactName,
      companyName: c.companyName,
      serviceLabel: SERVICE_TYPE_LABELS[session.service.serviceType],
      email: account.email,
      panelUrl: new URL("/panel", env().APP_URL).toString(),
      integrationLabel: integration
        ? `${PLATFORM_LABELS[integration.platform]}${integration.shopName ? ` (${integration.shopName})` : ""}`
        : null,
    },
  });
}

/**
 * Step 4: opens the account. In ONE transaction the session is claimed (a conditional update from
 * `in_progress` to `completed`, so of two simultaneous submissions only the first finds it), then the
 * customer, its user, the integration's new owner, the quote link, the audit rows, the activation
 * e-mail and the operations alert are written. Anything failing rolls all of it back, the claim included.
 */
async function completeOnboarding(
  ctx: Context,
  params: { token: string | null; owner: Owner; acceptedAt?: Date },
): Promise<{ customerId: string; userId: string; email: string }> {
  const session = await finishedSession(params.token);
  const { owner } = params;
  // Hashed before the transaction: argon2 takes a while, and the claimed session waits for nobody.
  const hashed = owner.kind === "new" ? { kind: "new" as const, hash: await hashPassword(owner.password) } : owner;
  const acceptedAt = params.acceptedAt ?? new Date();
  try {
    return await transactionWithEmails(async (tx, queue) => {
      const [claimed] = await tx
        .update(onboardingSessions)
        .set({ status: "completed", completedAt: acceptedAt })
        .where(and(eq(onboardingSessions.id, session.id), eq(onboardingSessions.status, "in_progress")))
        .returning({ id: onboardingSessions.id, quoteId: onboardingSessions.quoteId });
      if (!claimed) throw onboardingError("ALREADY_COMPLETED");

      const quote = claimed.quoteId ? await findQuoteForActivation(tx, { quoteId: claimed.quoteId }) : null;
      // An offer's price goes to one account only: the quote's own customer, or the first to claim it.
      const claimable = !quote?.customerId || (owner.kind === "existing" && quote.customerId === owner.ctx.customerId);
      const fromQuote = quote?.status === "accepted" && claimable ? quote : null;
      if (session.service.serviceType === "custom" && fromQuote?.acceptedUnitPrice == null) {
        throw onboardingError("CUSTOM_NEEDS_QUOTE");
      }
      const input: AccountInput = {
        company: session.company,
        service: session.service,
        contract: {
          unitPrice: fromQuote?.acceptedUnitPrice ?? null,
          declaredVolume: fromQuote?.monthlyVolume ?? null,
          quoteId: fromQuote?.id ?? null,
        },
        acceptedAt,
      };
      const account =
        hashed.kind === "new"
          ? await insertAccount(tx, ctx, { ...input, passwordHash: hashed.hash })
          : await completeExistingAccount(tx, hashed.ctx, input);

      await tx
        .update(onboardingSessions)
        .set({ customerId: account.customerId })
        .where(eq(onboardingSessions.id, session.id));
      const integration = await linkIntegration(tx, account, session.id);
      if (fromQuote && !fromQuote.customerId) {
        await tx
          .update(quoteRequests)
          .set({ customerId: account.customerId })
          .where(eq(quoteRequests.id, fromQuote.id));
        await writeAudit(tx, account.ctx, {
          action: "quote.customer_linked",
          entityType: "quote",
          entityId: fromQuote.id,
          before: { customerId: null },
          after: { customerId: account.customerId },
        });
      }
      await writeAudit(tx, account.ctx, {
        action: "onboarding.completed",
        entityType: "onboarding_session",
        entityId: session.id,
        before: { status: "in_progress" },
        after: { status: "completed", customerId: account.customerId },
      });
      await queueActivationEmail(queue, session, account, integration);
      await queueOpsAlert(tx, account.ctx, "account_activated", {
        summary: `${session.company.companyName} (${session.company.taxId})`,
        details: {
          "Hizmet türü": SERVICE_TYPE_LABELS[session.service.serviceType],
          ...(input.contract.unitPrice === null
            ? {}
            : { "Sözleşme birim fiyatı": formatKurus(input.contract.unitPrice) }),
          "E-posta": account.email,
        },
        path: `/yonetim/musteriler/${account.customerId}`,
      });
      return { customerId: account.customerId, userId: account.userId, email: account.email };
    });
  } catch (error) {
    // Another account took the e-mail or the tax number since step 1.
    if (isUniqueViolation(error, "customers_tax_id_unique")) throw onboardingError("TAX_ID_TAKEN");
    if (isUniqueViolation(error, "users_email_lower_unique")) throw onboardingError("EMAIL_TAKEN");
    throw error;
  }
}

/** "Hesabı etkinleştir": a new customer and its first user, with this password. */
export async function activateAccount(
  ctx: Context,
  input: { token: string | null; password: string; acceptedAt?: Date },
): Promise<{ customerId: string; userId: string; email: string }> {
  const owner = { kind: "new" as const, password: input.password };
  return completeOnboarding(ctx, { token: input.token, owner, acceptedAt: input.acceptedAt });
}

/**
 * The same last step for a signed-in customer whose account lacked its company data: the wizard
 * fills in their account (PROFILE_ALREADY_COMPLETE when there is nothing left to fill in).
 */
export async function completeOwnProfile(ctx: CustomerContext, input: { token: string | null; acceptedAt?: Date }) {
  if (!(await isCustomerProfileIncomplete(await getDb(), { customerId: ctx.customerId }))) {
    throw onboardingError("PROFILE_ALREADY_COMPLETE");
  }
  return completeOnboarding(ctx, {
    token: input.token,
    owner: { kind: "existing", ctx },
    acceptedAt: input.acceptedAt,
  });
}
