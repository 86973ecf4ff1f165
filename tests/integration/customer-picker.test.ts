import "./helpers/next-mocks";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { findCustomersAction } from "@/app/(admin)/yonetim/siparisler/actions";
import { getDb, query } from "@/db";
import { CUSTOMER_PICKER_LIMIT, getCustomerOption, searchCustomerOptions } from "@/db/queries/customers";
import { customers } from "@/db/schema";
import { CONTROL_CHARACTERS_MESSAGE } from "@/lib/text";
import { insertCustomer, insertUser, sessionOf } from "./helpers/fixtures";
import { manyIds, TURKISH, turkishCustomers } from "./helpers/admin";
import { signInAs } from "./helpers/request";

const search = (text: string) => query(searchCustomerOptions, { search: text });
const names = (rows: { companyName: string }[]) => rows.map((row) => row.companyName);

describe("the admin's customer picker", () => {
  it("finds customers by company, contact, e-mail or tax number, folded, and marks the suspended", async () => {
    await turkishCustomers();
    expect(names(await search("istanbul"))).toEqual(["İstanbul Ambalaj A.Ş."]);
    expect(names(await search("ayse celik"))).toEqual(["Işık Elektronik Ltd. Şti."]);
    expect(await search("isik")).toEqual([
      { id: TURKISH.isik, companyName: "Işık Elektronik Ltd. Şti.", status: "suspended" },
    ]);
    expect(names(await search("4540536920"))).toEqual(["ŞEKER DÜNYASI GIDA"]);
    expect(names(await search("zeytindali.test"))).toEqual(["Zeytin Dalı Kozmetik"]);
    expect(await search("kimsede olmayan")).toEqual([]);
  });

  it("leaves out closed customers, needs a word of three letters, and shows at most 20 by name", async () => {
    await turkishCustomers();
    const db = await getDb();
    await db.update(customers).set({ status: "inactive" }).where(eq(customers.id, TURKISH.zeytin));
    expect(await search("zeytin")).toEqual([]);
    expect(await search("ış")).toEqual([]);
    expect(await search("   ")).toEqual([]);

    const many = manyIds(CUSTOMER_PICKER_LIMIT + 5);
    await Promise.all(
      many.map((id, index) => insertCustomer({ id, companyName: `Toptan ${String(index).padStart(2, "0")} Ltd.` })),
    );
    const found = await search("toptan");
    expect(found).toHaveLength(CUSTOMER_PICKER_LIMIT);
    expect(names(found)).toEqual(
      Array.from({ length: CUSTOMER_PICKER_LIMIT }, (_, index) => `Toptan ${String(index).padStart(2, "0")} Ltd.`),
    );
    // The order list names the customer it is filtered by, whatever its status.
    expect(await query(getCustomerOption, { customerId: TURKISH.zeytin })).toMatchObject({
      companyName: "Zeytin Dalı Kozmetik",
      status: "inactive",
    });
  });

  it("answers operations only: a customer's user and a signed-out caller learn nothing", async () => {
    await turkishCustomers();
    const admin = await insertUser({ id: manyIds(1, "a")[0]!, email: "ops@cardak.test", role: "admin" });
    const customerUser = await insertUser({
      id: manyIds(1, "b")[0]!,
      email: "kullanici@istanbulambalaj.test",
      customerId: TURKISH.istanbul,
    });

    signInAs(sessionOf(admin));
    expect(await findCustomersAction(null, { q: "cicek" })).toMatchObject({
      ok: true,
      data: [{ id: TURKISH.cicek, companyName: "Çiçek Butik", status: "active" }],
    });
    expect(await findCustomersAction(null, { q: "x".repeat(101) })).toMatchObject({
      ok: false,
      fieldErrors: { q: ["Arama en fazla 100 karakter olabilir."] },
    });
    // A NUL would reach PostgreSQL (a failed query, a generic error): refused on the field instead.
    expect(await findCustomersAction(null, { q: "cicek\u0000" })).toMatchObject({
      ok: false,
      fieldErrors: { q: [CONTROL_CHARACTERS_MESSAGE] },
    });

    signInAs(sessionOf(customerUser));
    expect(await findCustomersAction(null, { q: "cicek" })).toEqual({
      ok: false,
      formError: "Bu işlem için yetkiniz yok.",
    });
    signInAs(null);
    expect(await findCustomersAction(null, { q: "cicek" })).toMatchObject({ ok: false });
    expect(await findCustomersAction(null, { q: "cicek" })).not.toHaveProperty("data");
  });
});
