import "server-only";
import { and, eq, or } from "drizzle-orm";
import type { Tx } from "@/db";
import { getCustomerRegistration } from "@/db/queries/customer-account";
import { userIdentity } from "@/db/queries/users";
import { customers, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { userActor } from "@/lib/auth/user-actor";
import { withActor, type Context, type CustomerContext, type UserActor } from "@/lib/context";
import { KVKK_NOTICE, SERVICE_AGREEMENT } from "@/lib/legal";
import { onboardingError } from "./messages";
import type { Step1Data, Step2Data } from "./schemas";

export type AccountInput = {
  company: Step1Data;
  service: Step2Data;
  contract: {
    unitPrice: number | null;
    declaredVolume: (typeof customers.$inferInsert)["declaredVolume"] | null;
    quoteId: string | null;
  };
  acceptedAt: Date;
};

/** The account the wizard opened or completed, and the context its audit rows are written with. */
export type Account = { customerId: string; userId: string; email: string; ctx: Context<UserActor> };

function customerValues(input: AccountInput) {
  const { company: c, service: s, contract } = input;
  return {
    companyName: c.companyName,
    taxId: c.taxId,
    taxOffice: c.taxOffice,
    contactName: c.contactName,
    email: c.email,
    phone: c.phone,
    address: c.address ?? null,
    city: c.city ?? null,
    status: "active" as const,
    serviceType: s.serviceType,
    productCategories: s.productCategories,
    specialRequirements: s.specialRequirements ?? null,
    contractUnitPrice: contract.unitPrice,
    declaredVolume: contract.declaredVolume,
    agreementVersion: SERVICE_AGREEMENT.version,
    agreementAcceptedAt: input.acceptedAt,
    kvkkVersion: KVKK_NOTICE.version,
    kvkkAcceptedAt: input.acceptedAt,
  };
}

function auditedFields(input: AccountInput) {
  return {
    companyName: input.company.companyName,
    taxId: input.company.taxId,
    taxOffice: input.company.taxOffice,
    status: "active",
    serviceType: input.service.serviceType,
    contractUnitPrice: input.contract.unitPrice,
    quoteId: input.contract.quoteId,
    agreementVersion: SERVICE_AGREEMENT.version,
    kvkkVersion: KVKK_NOTICE.version,
  };
}

/** A new customer and its first user, with their audit rows: the new user is who acts from here on. */
export async function insertAccount(
  tx: Tx,
  ctx: Context,
  input: AccountInput & { passwordHash: string },
): Promise<Account> {
  const [customer] = await tx.insert(customers).values(customerValues(input)).returning({ id: customers.id });
  if (!customer) throw new Error("Customer was not created");
  const [user] = await tx
    .insert(users)
    .values({
      email: input.company.email,
      name: input.company.contactName,
      passwordHash: input.passwordHash,
      role: "customer",
      customerId: customer.id,
    })
    .returning(userIdentity);
  if (!user) throw new Error("User was not created");
  const asUser = withActor(ctx, userActor(user));
  await writeAudit(tx, asUser, {
    action: "customer.created",
    entityType: "customer",
    entityId: customer.id,
    after: auditedFields(input),
  });
  await writeAudit(tx, asUser, {
    action: "user.created",
    entityType: "user",
    entityId: user.id,
    after: { email: user.email, role: "customer", customerId: customer.id },
  });
  return { customerId: customer.id, userId: user.id, email: user.email, ctx: asUser };
}

/**
 * A signed-in customer whose account was opened without company data (no name or tax number)
 * completes it here; an account already complete is never overwritten by a wizard (ALREADY_COMPLETED:
 * another tab completed it meanwhile).
 */
export async function completeExistingAccount(tx: Tx, ctx: CustomerContext, input: AccountInput): Promise<Account> {
  const before = await getCustomerRegistration(tx, { customerId: ctx.customerId });
  const { email: _ignored, ...values } = customerValues(input);
  const [updated] = await tx
    .update(customers)
    .set(values)
    .where(and(eq(customers.id, ctx.customerId), or(eq(customers.companyName, ""), eq(customers.taxId, ""))))
    .returning({ id: customers.id });
  if (!updated || !before) throw onboardingError("ALREADY_COMPLETED");
  await writeAudit(tx, ctx, {
    action: "customer.profile_completed",
    entityType: "customer",
    entityId: ctx.customerId,
    before,
    after: auditedFields(input),
  });
  return { customerId: ctx.customerId, userId: ctx.actor.id, email: ctx.actor.email, ctx };
}
