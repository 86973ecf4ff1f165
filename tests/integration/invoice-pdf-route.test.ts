import "./helpers/next-mocks";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/(portal)/panel/faturalar/[id]/pdf/route";
import { finalizeInvoices } from "@/lib/billing/finalize";
import { generateInvoice } from "@/lib/billing/generate";
import { pdfText } from "../fixtures/pdf-text";
import { systemCtx } from "./helpers/context";
import { ids, insertCustomer, insertUser, sessionOf } from "./helpers/fixtures";
import { BEFORE_PERIOD, completeOrders, PERIOD, RUN_AT } from "./helpers/billing";
import { signInAs } from "./helpers/request";

const ctx = systemCtx("billing-test");

async function download(invoiceId: string) {
  return GET(new Request(`http://localhost:3000/panel/faturalar/${invoiceId}/pdf`), {
    params: Promise.resolve({ id: invoiceId }),
  });
}

async function setup() {
  await insertCustomer({
    id: ids.customerA,
    createdAt: BEFORE_PERIOD,
    companyName: "Anadolu Kozmetik Ltd. Şti.",
    taxOffice: "Kadıköy",
  });
  await insertCustomer({ id: ids.customerB, createdAt: BEFORE_PERIOD, companyName: "Boğaziçi Giyim" });
  const userA = await insertUser({ id: ids.userA, email: "ayse@anadolu.test", customerId: ids.customerA });
  const userB = await insertUser({ id: ids.userB, email: "burak@bogazici.test", customerId: ids.customerB });
  const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });
  await completeOrders(ids.customerA, [120]);
  const { invoiceId } = await generateInvoice(ctx, { period: PERIOD, customerId: ids.customerA, now: RUN_AT });
  return { userA, userB, admin, invoiceId: invoiceId! };
}

describe("the invoice PDF route", () => {
  it("gives the invoice's customer and admins the PDF of the stored invoice; anyone else, and a draft, 404", async () => {
    const { userA, userB, admin, invoiceId } = await setup();

    // A draft has no PDF, for anyone.
    signInAs(sessionOf(admin));
    expect((await download(invoiceId)).status).toBe(404);
    await finalizeInvoices(ctx, { invoiceIds: [invoiceId], now: RUN_AT });

    signInAs(sessionOf(userA));
    const response = await download(invoiceId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="CRD2026000000001.pdf"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain("CRD2026000000001");
    expect(text).toContain("Anadolu Kozmetik Ltd. Şti.");
    expect(text).toContain("Vergi dairesi: Kadıköy");
    expect(text).toContain("₺5.760,00");

    signInAs(sessionOf(admin));
    expect((await download(invoiceId)).status).toBe(200);

    for (const user of [sessionOf(userB), null]) {
      signInAs(user);
      const refused = await download(invoiceId);
      expect(refused.status).toBe(404);
      expect(refused.headers.get("content-type")).not.toBe("application/pdf");
    }
    signInAs(sessionOf(userA));
    expect((await download("9f000000-0000-4000-8000-000000000099")).status).toBe(404);
    expect((await download("not-a-uuid")).status).toBe(404);
  });
});
