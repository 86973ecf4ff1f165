import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { lockCustomer } from "@/db/queries/customer-detail";
import { customers } from "@/db/schema";
import { assertAdmin } from "@/lib/admin-guard";
import { writeAudit } from "@/lib/audit";
import type { AdminContext } from "@/lib/context";
import type { ServiceType } from "@/lib/pricing";
import { customerError } from "./messages";

/**
 * The contract unit price (kuruş): what a `custom` customer pays per package, or the price accepted
 * in a quote. null removes it, which a `custom` customer cannot do: it would have no price at all.
 * Billing prices each period with the customer's contract as it is when the invoice is made.
 */
export async function setContractPrice(
  ctx: AdminContext,
  input: { customerId: string; contractPrice?: number | null },
  now = new Date(),
): Promise<{ companyName: string }> {
  assertAdmin(ctx);
  const price = input.contractPrice ?? null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, { customerId: input.customerId });
    if (!customer) throw customerError("CUSTOMER_NOT_FOUND");
    if (price === null && customer.serviceType === "custom") {
      throw customerError("CONTRACT_PRICE_IN_USE", { field: "contractPrice" });
    }
    if (price === customer.contractUnitPrice) throw customerError("NOTHING_CHANGED");
    await tx.update(customers).set({ contractUnitPrice: price, updatedAt: now }).where(eq(customers.id, customer.id));
    await writeAudit(tx, ctx, {
      action: "customer.contract_price_changed",
      entityType: "customer",
      entityId: customer.id,
      before: { contractUnitPrice: customer.contractUnitPrice },
      after: { contractUnitPrice: price },
    });
    return { companyName: customer.companyName };
  });
}

/**
 * A new service type. `custom` needs a contract price: the one given with the change, or the one the
 * customer already has; a price given with another type is saved too (the quote's price, kept).
 */
export async function changeServiceType(
  ctx: AdminContext,
  input: { customerId: string; serviceType: ServiceType; contractPrice?: number | null },
  now = new Date(),
): Promise<{ companyName: string }> {
  assertAdmin(ctx);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, { customerId: input.customerId });
    if (!customer) throw customerError("CUSTOMER_NOT_FOUND");
    const price = input.contractPrice ?? customer.contractUnitPrice;
    if (input.serviceType === "custom" && price === null) {
      throw customerError("CONTRACT_PRICE_REQUIRED", { field: "contractPrice" });
    }
    if (input.serviceType === customer.serviceType && price === customer.contractUnitPrice) {
      throw customerError("NOTHING_CHANGED");
    }
    await tx
      .update(customers)
      .set({ serviceType: input.serviceType, contractUnitPrice: price, updatedAt: now })
      .where(eq(customers.id, customer.id));
    await writeAudit(tx, ctx, {
      action: "customer.service_type_changed",
      entityType: "customer",
      entityId: customer.id,
      before: { serviceType: customer.serviceType, contractUnitPrice: customer.contractUnitPrice },
      after: { serviceType: input.serviceType, contractUnitPrice: price },
    });
    return { companyName: customer.companyName };
  });
}
