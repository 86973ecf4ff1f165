import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { lockCompanyDetails } from "@/db/queries/customer-account";
import { customers } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import type { CustomerContext } from "@/lib/context";
import { accountError } from "./messages";

export type CompanyProfile = {
  companyName: string;
  contactName: string;
  email: string;
  phone: string;
  address?: string;
  city?: string;
  /** Absent: unchanged (a form without the field); present: the new tax office. */
  taxOffice?: string;
};

/** Updates the customer's own company details (never the tax number), audited with before and after. */
export async function updateCompanyProfile(ctx: CustomerContext, values: CompanyProfile): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const before = await lockCompanyDetails(tx, { customerId: ctx.customerId });
    if (!before) throw accountError("CUSTOMER_NOT_FOUND");
    const { taxOffice, ...rest } = values;
    const after = {
      ...rest,
      email: values.email.toLowerCase(),
      address: values.address || null,
      city: values.city || null,
      taxOffice: taxOffice ?? before.taxOffice,
    };
    await tx.update(customers).set(after).where(eq(customers.id, ctx.customerId));
    await writeAudit(tx, ctx, {
      action: "customer.profile_updated",
      entityType: "customer",
      entityId: ctx.customerId,
      before,
      after,
    });
  });
}
