import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { findQuoteForActivation, findSessionByTokenHash } from "@/db/queries/onboarding";
import { customers, integrations, onboardingSessions, quoteRequests, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { transactionWithEmails } from "@/lib/email";
import { env } from "@/lib/env";
import { KVKK_NOTICE, SERVICE_AGREEMENT } from "@/lib/legal";
import { sha256Hex } from "@/lib/tokens";
import { PLATFORM_LABELS, SERVICE_TYPE_LABELS, step1Schema, step2Schema, type PlatformChoice } from "./schemas";

export type CompleteFailure = "not_found" | "incomplete" | "already_completed" | "email_taken" | "tax_id_taken";
export type CompleteOutcome = { ok: true; customerId: string; userId: string; email: string } | { ok: false; reason: CompleteFailure };

type RequestInfo = { ip: string; requestId: string };

class AlreadyCompleted extends Error {}

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
export async function completeOnboarding(
  params: { token: string; password: string; acceptedAt?: Date } & RequestInfo,
): Promise<CompleteOutcome> {
  const tokenHash = sha256Hex(params.token);
  const session = await findSessionByTokenHash({ tokenHash });
  if (!session || session.status === "abandoned") return { ok: false, reason: "not_found" };
  if (session.status === "completed") return { ok: false, reason: "already_completed" };
  const company = step1Schema.safeParse(session.step1 ?? {});
  const service = step2Schema.safeParse(session.step2 ?? {});
  const platform = (session.step3 as { platform?: PlatformChoice } | null)?.platform;
  if (session.currentStep < 4 || !company.success || !service.success || !platform) {
    return { ok: false, reason: "incomplete" };
  }

  const passwordHash = await hashPassword(params.password);
  const now = params.acceptedAt ?? new Date();
  const audit = { ip: params.ip, requestId: params.requestId };
  try {
    return await transactionWithEmails(async (tx, queue) => {
      const [claimed] = await tx
        .update(onboardingSessions)
        .set({ status: "completed", completedAt: now })
        .where(and(eq(onboardingSessions.id, session.id), eq(onboardingSessions.status, "in_progress")))
        .returning({ id: onboardingSessions.id, quoteId: onboardingSessions.quoteId });
      if (!claimed) throw new AlreadyCompleted();

      const quote = claimed.quoteId ? await findQuoteForActivation(tx, { quoteId: claimed.quoteId }) : null;
      const fromQuote = quote?.status === "accepted" ? quote : null;
      const { data: c } = company;
      const { data: s } = service;
      const [customer] = await tx
        .insert(customers)
        .values({
          companyName: c.companyName,
          taxId: c.taxId,
          contactName: c.contactName,
          email: c.email,
          phone: c.phone,
          status: "active",
          serviceType: s.serviceType,
          productCategories: s.productCategories,
          specialRequirements: s.specialRequirements ?? null,
          contractUnitPrice: fromQuote?.acceptedUnitPrice ?? null,
          declaredVolume: fromQuote?.monthlyVolume ?? null,
          agreementVersion: SERVICE_AGREEMENT.version,
          agreementAcceptedAt: now,
          kvkkVersion: KVKK_NOTICE.version,
          kvkkAcceptedAt: now,
        })
        .returning({ id: customers.id });
      if (!customer) throw new Error("Customer was not created");
      const [user] = await tx
        .insert(users)
        .values({ email: c.email, name: c.contactName, passwordHash, role: "customer", customerId: customer.id })
        .returning({ id: users.id, email: users.email });
      if (!user) throw new Error("User was not created");
      const actor = { kind: "user" as const, userId: user.id, email: user.email };

      await tx.update(onboardingSessions).set({ customerId: customer.id }).where(eq(onboardingSessions.id, session.id));
      const [integration] = await tx
        .update(integrations)
        .set({ customerId: customer.id })
        .where(and(eq(integrations.onboardingSessionId, session.id), isNull(integrations.customerId)))
        .returning({ id: integrations.id, platform: integrations.platform, status: integrations.status, shopName: integrations.shopName });
      if (fromQuote && !fromQuote.customerId) {
        await tx.update(quoteRequests).set({ customerId: customer.id }).where(eq(quoteRequests.id, fromQuote.id));
        await writeAudit(tx, {
          actor, action: "quote.customer_linked", entityType: "quote", entityId: fromQuote.id,
          before: { customerId: null }, after: { customerId: customer.id }, ...audit,
        });
      }

      await writeAudit(tx, {
        actor, action: "customer.created", entityType: "customer", entityId: customer.id,
        after: {
          companyName: c.companyName, taxId: c.taxId, status: "active", serviceType: s.serviceType,
          contractUnitPrice: fromQuote?.acceptedUnitPrice ?? null, quoteId: fromQuote?.id ?? null,
          agreementVersion: SERVICE_AGREEMENT.version, kvkkVersion: KVKK_NOTICE.version,
        },
        ...audit,
      });
      await writeAudit(tx, {
        actor, action: "user.created", entityType: "user", entityId: user.id,
        after: { email: user.email, role: "customer", customerId: customer.id }, ...audit,
      });
      if (integration) {
        await writeAudit(tx, {
          actor, action: "integration.linked", entityType: "integration", entityId: integration.id,
          after: { customerId: customer.id, platform: integration.platform, status: integration.status }, ...audit,
        });
      }
      await writeAudit(tx, {
        actor, action: "onboarding.completed", entityType: "onboarding_session", entityId: session.id,
        before: { status: "in_progress" }, after: { status: "completed", customerId: customer.id }, ...audit,
      });

      await queue({
        to: c.email,
        template: "service-activated",
        data: {
          name: c.contactName,
          companyName: c.companyName,
          serviceLabel: SERVICE_TYPE_LABELS[s.serviceType],
          email: c.email,
          panelUrl: new URL("/panel", env().APP_URL).toString(),
          integrationLabel: integration
            ? `${PLATFORM_LABELS[integration.platform]}${integration.shopName ? ` (${integration.shopName})` : ""}`
            : null,
        },
      });
      return { ok: true as const, customerId: customer.id, userId: user.id, email: user.email };
    });
  } catch (error) {
    if (error instanceof AlreadyCompleted) return { ok: false, reason: "already_completed" };
    const constraint = uniqueViolation(error);
    if (constraint !== null) {
      return { ok: false, reason: constraint.includes("tax_id") ? "tax_id_taken" : "email_taken" };
    }
    throw error;
  }
}
