import type { Metadata } from "next";
import Link from "next/link";
import { query } from "@/db";
import { listUsers } from "@/db/queries/users";
import { requireAdmin } from "@/lib/auth/session";
import { formatIstanbulDateTime } from "@/lib/dates";
import { CreateAdminForm } from "./create-admin-form";
import { UserStatusButton } from "./user-status-button";

export const metadata: Metadata = { title: "Kullanıcılar" };

export default async function UsersPage() {
  const me = await requireAdmin();
  const rows = await query(listUsers, {});
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">Kullanıcılar</h1>
      <section aria-labelledby="yeni-yonetici" className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="yeni-yonetici" className="mb-4 text-lg font-semibold">
          Yeni yönetici
        </h2>
        <CreateAdminForm />
      </section>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Kullanıcılar</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-4 py-2">
                E-posta
              </th>
              <th scope="col" className="px-4 py-2">
                Ad
              </th>
              <th scope="col" className="px-4 py-2">
                Rol
              </th>
              <th scope="col" className="px-4 py-2">
                Son giriş
              </th>
              <th scope="col" className="px-4 py-2">
                Durum
              </th>
              <th scope="col" className="px-4 py-2">
                <span className="sr-only">İşlem</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((user) => (
              <tr key={user.id} className="border-t border-stone-200">
                <td className="px-4 py-2">{user.email}</td>
                <td className="px-4 py-2">{user.name}</td>
                <td className="px-4 py-2">
                  {user.role === "admin" || !user.customerId ? (
                    "Yönetici"
                  ) : (
                    <Link href={`/yonetim/musteriler/${user.customerId}`} className="text-brand-700 underline">
                      Müşteri
                    </Link>
                  )}
                </td>
                <td className="px-4 py-2">{user.lastLoginAt ? formatIstanbulDateTime(user.lastLoginAt) : "–"}</td>
                <td className="px-4 py-2">{user.disabled ? "Devre dışı" : "Etkin"}</td>
                <td className="px-4 py-2">
                  {user.id !== me.id && (
                    <UserStatusButton userId={user.id} disabled={user.disabled} email={user.email} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
