import "server-only";
import { and, eq, or } from "drizzle-orm";
import type { Tx } from "@/db";
import { customers, users } from "@/db/schema";
import { writeAudit, type AuditActor } from "@/lib/audit";
import { KVKK_NOTICE, SERVICE_AGREEMENT } from "@/lib/legal";
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
  request: { ip: string; requestId: string };
};

export type Account = { customerId: string; userId: string; email: string; actor: AuditActor };

function customerValues(input: AccountInput) {
  const { company: c, service: s, contract } = input;
  return {
    companyName: c.companyName,
    taxId: c.taxId,
    contactName: c.contactName,
    email: c.email,
    phone: c.phone,
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
    status: "active",
    serviceType: input.service.serviceType,
    contractUnitPrice: input.contract.unitPrice,
    quoteId: input.contract.quoteId,
    agreementVersion: SERVICE_AGREEMENT.version,
    kvkkVersion: KVKK_NOTICE.version,
  };
}

/** A new customer and its first user, with their audit rows. */
export async function insertAccount(tx: Tx, input: AccountInput & { passwordHash: string }): Promise<Account> {
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
    .returning({ id: users.id, email: users.email });
  if (!user) throw new Error("User was not created");
  const actor = { kind: "user" as const, userId: user.id, email: user.email };
  const { ip, requestId } = input.request;
  await writeAudit(tx, {
    actor,
    action: "customer.created",
    entityType: "customer",
    entityId: customer.id,
    after: auditedFields(input),
    ip,
    requestId,
  });
  await writeAudit(tx, {
    actor,
    action: "user.created",
    entityType: "user",
    entityId: user.id,
    after: { email: user.email, role: "customer", customerId: customer.id },
    ip,
    requestId,
  });
  return { customerId: customer.id, userId: user.id, email: user.email, actor };
}

export class ProfileAlreadyCompleteError extends Error {
  readonly code = "PROFILE_ALREADY_COMPLETE" as const;
}

/**
 * A signed-in customer whose account was opened without company data (no name or tax number)
 * completes it here; an account already complete is never overwritten by a wizard.
 */
export async function completeExistingAccount(
  tx: Tx,
  input: AccountInput & { customerId: string; user: { id: string; email: string } },
): Promise<Account> {
  const [before] = await tx
    .select({ companyName: customers.companyName, taxId: customers.taxId, serviceType: customers.serviceType })
    .from(customers)
    .where(eq(customers.id, input.customerId))
    .limit(1);
  const { email: _ignored, ...values } = customerValues(input);
  const [updated] = await tx
    .update(customers)
    .set(values)
    .where(and(eq(customers.id, input.customerId), or(eq(customers.companyName, ""), eq(customers.taxId, ""))))
    .returning({ id: customers.id });
  if (!updated || !before) throw new ProfileAlreadyCompleteError();
  const actor = { kind: "user" as const, userId: input.user.id, email: input.user.email };
  await writeAudit(tx, {
    actor,
    action: "customer.profile_completed",
    entityType: "customer",
    entityId: input.customerId,
    before,
    after: auditedFields(input),
    ip: input.request.ip,
    requestId: input.request.requestId,
  });
  return { customerId: input.customerId, userId: input.user.id, email: input.user.email, actor };
}
