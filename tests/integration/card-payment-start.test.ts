import "./helpers/next-mocks";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { startCardPaymentAction } from "@/app/(portal)/panel/faturalar/[id]/payment-actions";
import { getDb } from "@/db";
import { invoices } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { IYZICO_PATHS } from "../fakes/iyzico";
import { ids, insertCustomer, insertUser, sessionOf } from "./helpers/fixtures";
import { setUpFakeIyzico } from "./helpers/iyzico";
import { issuedInvoice, paymentRows } from "./helpers/payments";
import { signInAs } from "./helpers/request";

const fake = setUpFakeIyzico();

describe("Öde", () => {
  it("another customer's invoice is not found, a paid one not payable; nothing is written or opened", async () => {
    const { invoiceId } = await issuedInvoice();
    await insertCustomer({ id: ids.customerB });
    const other = await insertUser({ id: ids.userB, email: "burak@b.test", customerId: ids.customerB });
    signInAs(sessionOf(other));
    expect(await startCardPaymentAction(null, { invoiceId })).toEqual({ ok: false, formError: "Fatura bulunamadı." });
    const db = await getDb();
    await db.update(invoices).set({ status: "paid", paidAt: new Date() }).where(eq(invoices.id, invoiceId));
    const [owner] = await Promise.all([db.query.users.findFirst({ where: (u, { eq: is }) => is(u.id, ids.userA) })]);
    signInAs(sessionOf(owner!));
    expect(await startCardPaymentAction(null, { invoiceId })).toEqual({
      ok: false,
      formError: "Bu fatura ödeme beklemiyor.",
    });
    signInAs(null);
    expect(await startCardPaymentAction(null, { invoiceId })).toMatchObject({ ok: false });
    expect(await paymentRows()).toHaveLength(0);
    expect(fake.current.requestsTo(IYZICO_PATHS.initialize)).toHaveLength(0);
  });

  it("Iyzico unreachable: a clear message, the attempt closed as failed, the invoice untouched", async () => {
    const { user, invoiceId } = await issuedInvoice();
    signInAs(sessionOf(user));
    fake.current.failNext("500", IYZICO_PATHS.initialize);
    expect(await startCardPaymentAction(null, { invoiceId })).toEqual({
      ok: false,
      formError: "Ödeme sağlayıcısına şu anda ulaşılamıyor. Lütfen birkaç dakika sonra yeniden deneyin.",
    });
    expect((await paymentRows())[0]).toMatchObject({ status: "failed", checkoutToken: null });
  });

  it("at most 10 checkout forms an hour per customer", async () => {
    const { user, invoiceId } = await issuedInvoice();
    signInAs(sessionOf(user));
    for (let i = 0; i < 10; i++) {
      await expect(startCardPaymentAction(null, { invoiceId })).rejects.toMatchObject({
        digest: expect.stringContaining("NEXT_REDIRECT"),
      });
    }
    const refused = await startCardPaymentAction(null, { invoiceId });
    expect(refused).toMatchObject({ ok: false });
    expect((refused as { formError: string }).formError).toContain("Çok fazla deneme");
    expect(fake.current.requestsTo(IYZICO_PATHS.initialize)).toHaveLength(10);
    expect(await paymentRows()).toHaveLength(10);
  });

  it("without Iyzico keys card payment is refused in Turkish and nothing is written", async () => {
    const { user, invoiceId } = await issuedInvoice();
    const saved = { key: process.env.IYZIPAY_API_KEY, secret: process.env.IYZIPAY_SECRET_KEY };
    delete process.env.IYZIPAY_API_KEY;
    delete process.env.IYZIPAY_SECRET_KEY;
    resetEnvCache();
    try {
      signInAs(sessionOf(user));
      const answer = await startCardPaymentAction(null, { invoiceId });
      expect(answer).toMatchObject({ ok: false });
      expect((answer as { formError: string }).formError).toContain("havale/EFT");
      expect(await paymentRows()).toHaveLength(0);
    } finally {
      process.env.IYZIPAY_API_KEY = saved.key;
      process.env.IYZIPAY_SECRET_KEY = saved.secret;
      resetEnvCache();
    }
  });
});
