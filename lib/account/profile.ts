import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { customers } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import type { AccountActor } from "./types";

export type CompanyProfile = {
  companyName: string;
  contactName: string;
  email: string;
  phone: string;
  address?: string;
  city?: string;
};

/** Updates the customer's own company details (never the tax number), audited with before and after. */
export async function updateCompanyProfile(
  input: { customerId: string; values: CompanyProfile } & AccountActor,
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const columns = {
      companyName: customers.companyName,
      contactName: customers.contactName,
      email: customers.email,
      phone: customers.phone,
      address: customers.address,
      city: customers.city,
    };
    const [before] = await tx.select(columns).from(customers).where(eq(customers.id, input.customerId)).for("update");
    if (!before) throw new Error(`Customer ${input.customerId} not found`);
    const after = {
      ...input.values,
      email: input.values.email.toLowerCase(),
      address: input.values.address || null,
      city: input.values.city || null,
    };
    await tx.update(customers).set(after).where(eq(customers.id, input.customerId));
    await writeAudit(tx, {
      actor: { kind: "user", userId: input.actor.id, email: input.actor.email },
      action: "customer.profile_updated",
      entityType: "customer",
      entityId: input.customerId,
      before,
      after,
      ip: input.ip,
      requestId: input.requestId,
    });
  });
}
