import { describe, expect, it } from "vitest";
import { query } from "@/db";
import { listUsers } from "@/db/queries/users";
import { userList } from "@/lib/auth/user-filters";
import { ids, insertUser, twoCustomers } from "./helpers/fixtures";

const emails = async (params: Record<string, string>) =>
  (await query(listUsers, { filters: userList.parse(params) })).rows.map((user) => user.email).sort();

describe("operations' user list", () => {
  it("filters by role, status and a search over name and e-mail, from the URL", async () => {
    const { customerA } = await twoCustomers();
    await insertUser({
      id: ids.userA2,
      email: "eski_calisan@anadolu.test",
      name: "Eski Çalışan",
      customerId: customerA.id,
      disabled: true,
    });
    const all = await query(listUsers, { filters: userList.parse({}) });
    expect(all.total).toBe(all.rows.length);
    expect(all.rows.map((user) => user.role)).toContain("admin");

    expect(await emails({ rol: "admin" })).toEqual(
      all.rows
        .filter((user) => user.role === "admin")
        .map((user) => user.email)
        .sort(),
    );
    expect(await emails({ durum: "disabled" })).toEqual(["eski_calisan@anadolu.test"]);
    expect(await emails({ q: "ESKİ ÇALIŞAN".toLocaleLowerCase("tr-TR") })).toEqual(["eski_calisan@anadolu.test"]);
    // `_` typed in a search is a letter, not a wildcard.
    expect(await emails({ q: "eski_" })).toEqual(["eski_calisan@anadolu.test"]);
    expect(await emails({ q: "eski%calisan" })).toEqual([]);
    // A role or status that is not one of ours is no filter.
    expect(await emails({ rol: "root", durum: "silinmis" })).toEqual(all.rows.map((user) => user.email).sort());
  });

  it("pages by 50 and counts every match", async () => {
    await twoCustomers();
    for (let i = 0; i < 52; i++) {
      await insertUser({ id: crypto.randomUUID(), email: `kisi${i}@toplu.test`, role: "admin" });
    }
    const first = await query(listUsers, { filters: userList.parse({ q: "@toplu.test" }) });
    const second = await query(listUsers, { filters: userList.parse({ q: "@toplu.test", sayfa: "2" }) });
    expect(first).toMatchObject({ total: 52, pageCount: 2 });
    expect(first.rows).toHaveLength(50);
    expect(second.rows).toHaveLength(2);
    expect(new Set([...first.rows, ...second.rows].map((user) => user.id)).size).toBe(52);
  });
});
