import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { customers } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import type { CustomerContext } from "@/lib/context";
import { formatIstanbulDateTime } from "@/lib/dates";
import { transactionWithEmails } from "@/lib/email";
import { queueOpsAlert } from "@/lib/ops-alerts";
import { accountError } from "./messages";

/**
 * KVKK's right to erasure, asked from the panel (`Hesabımın silinmesini iste`): records who asked and
 * when on the customer, audits it and alerts operations, who erase the personal data from the
 * customer's page (invoices stay for the legal period). Once: a second request, however close (two
 * tabs, a double click), finds the first one and is refused with its time, writing nothing.
 */
export async function requestAccountDeletion(
  ctx: CustomerContext,
  now = new Date(),
): Promise<{ requestedAt: Date; companyName: string }> {
  return transactionWithEmails(async (tx) => {
    const [recorded] = await tx
      .update(customers)
      .set({ deletionRequestedAt: now, deletionRequestedBy: ctx.actor.id, updatedAt: now })
      .where(and(eq(customers.id, ctx.customerId), isNull(customers.deletionRequestedAt), isNull(customers.erasedAt)))
      .returning({ id: customers.id, companyName: customers.companyName });
    if (!recorded) {
      const [existing] = await tx
        .select({ requestedAt: customers.deletionRequestedAt })
        .from(customers)
        .where(eq(customers.id, ctx.customerId));
      if (!existing) throw accountError("CUSTOMER_NOT_FOUND");
      throw accountError("DELETION_ALREADY_REQUESTED", {
        message: existing.requestedAt
          ? `Hesabınızın silinmesi ${formatIstanbulDateTime(existing.requestedAt)} tarihinde istendi; operasyon ekibimiz talebinizi inceliyor.`
          : undefined,
      });
    }
    await writeAudit(tx, ctx, {
      action: "customer.deletion_requested",
      entityType: "customer",
      entityId: recorded.id,
      before: { deletionRequestedAt: null },
      after: { deletionRequestedAt: now.toISOString(), requestedBy: ctx.actor.email },
    });
    await queueOpsAlert(tx, ctx, "deletion_requested", {
      summary: recorded.companyName,
      details: { "Talep zamanı": formatIstanbulDateTime(now) },
      path: `/yonetim/musteriler/${recorded.id}`,
    });
    return { requestedAt: now, companyName: recorded.companyName };
  });
}
