import "./helpers/next-mocks";
import { describe, expect, it } from "vitest";
import { suspendCustomerAction } from "@/app/(admin)/yonetim/musteriler/actions";
import { query } from "@/db";
import { getCustomerDetail } from "@/db/queries/customer-detail";
import { insertCustomer, insertUser, sessionOf } from "./helpers/fixtures";
import { signInAs } from "./helpers/request";

/** An id as the volume seed makes them (md5 of a label): a uuid to PostgreSQL, not an RFC v4 one. */
const SEEDED_ID = "a9f7e979-65d6-cf79-9a52-9102a973b8b9";

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
};

describe("a customer whose id is any uuid PostgreSQL reads", () => {
  it("has its admin page and can be suspended (not 'not found' for want of an RFC version)", async () => {
    await insertCustomer({ id: SEEDED_ID, companyName: "Işık Kozmetik" });
    const admin = await insertUser({
      id: "1c000000-0000-4000-8000-00000000000d",
      email: "op@cardak.test",
      role: "admin",
    });
    expect(await query(getCustomerDetail, { customerId: SEEDED_ID })).toMatchObject({
      id: SEEDED_ID,
      companyName: "Işık Kozmetik",
    });
    expect(await query(getCustomerDetail, { customerId: "a9f7e979-65d6" })).toBeNull();

    signInAs(sessionOf(admin));
    expect(
      await suspendCustomerAction(null, form({ customerId: SEEDED_ID, reason: "Denetim için askıya alındı" })),
    ).toEqual({
      ok: true,
      data: undefined,
      message: "Işık Kozmetik askıya alındı. Müşteriye iletisim-b8b9@firma.test adresine bilgi e-postası gönderildi.",
    });
    expect(await query(getCustomerDetail, { customerId: SEEDED_ID })).toMatchObject({
      status: "suspended",
      suspensionReason: "admin",
      suspensionNote: "Denetim için askıya alındı",
    });
    expect(await suspendCustomerAction(null, form({ customerId: "a9f7e979", reason: "Denetim için" }))).toMatchObject({
      ok: false,
      fieldErrors: { customerId: ["Müşteri bulunamadı."] },
    });
  });
});
