import "./helpers/next-mocks";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { updateCompanyAction } from "@/app/(portal)/panel/hesap/actions";
import { getDb } from "@/db";
import { auditLogs, customers } from "@/db/schema";
import { sessionOf, twoCustomers } from "./helpers/fixtures";
import { signInAs } from "./helpers/request";

const profile = {
  companyName: "Anadolu Kozmetik Ltd. Şti.",
  contactName: "Ayşe Demir",
  email: "muhasebe@anadolu.test",
  phone: "0532 765 43 21",
};

async function taxOfficeOf(customerId: string) {
  const db = await getDb();
  const [row] = await db.select({ taxOffice: customers.taxOffice }).from(customers).where(eq(customers.id, customerId));
  return row?.taxOffice;
}

// Invoices name the buyer's tax office: the account page's company details carry it.
describe("Vergi dairesi on the account page", () => {
  it("is saved with the company details, audited before and after", async () => {
    const { customerA, userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    expect(await updateCompanyAction(null, { ...profile, taxOffice: "Konak" })).toMatchObject({ ok: true });
    expect(await taxOfficeOf(customerA.id)).toBe("Konak");
    const db = await getDb();
    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.action, "customer.profile_updated"));
    expect(audit).toMatchObject({ before: { taxOffice: null }, after: { taxOffice: "Konak" } });
  });

  it("stays as it is when a form without the field is saved, and is refused empty", async () => {
    const { customerA, userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    await updateCompanyAction(null, { ...profile, taxOffice: "Konak" });
    expect(await updateCompanyAction(null, profile)).toMatchObject({ ok: true });
    expect(await taxOfficeOf(customerA.id)).toBe("Konak");
    expect(await updateCompanyAction(null, { ...profile, taxOffice: " " })).toMatchObject({
      ok: false,
      fieldErrors: { taxOffice: ["Vergi dairesini girin"] },
    });
    expect(await taxOfficeOf(customerA.id)).toBe("Konak");
  });

  it("changes only the signed-in customer's own row", async () => {
    const { customerA, customerB, userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    await updateCompanyAction(null, { ...profile, taxOffice: "Konak" });
    expect(await taxOfficeOf(customerB.id)).not.toBe("Konak");
    expect(await taxOfficeOf(customerA.id)).toBe("Konak");
  });
});
