import type { listOpenInvitations } from "@/db/queries/invitations";
import type { listCompanyUsers } from "@/db/queries/users";
import { formatIstanbulDate, formatIstanbulDateTime } from "@/lib/dates";
import { InviteForm } from "./invite-form";
import { RemoveUserButton } from "./remove-user-button";

/** The company's users: who can sign in, open invitations, and inviting or removing a colleague. */
export function TeamSection({
  people,
  invitations,
  currentUserId,
}: {
  people: Awaited<ReturnType<typeof listCompanyUsers>>;
  invitations: Awaited<ReturnType<typeof listOpenInvitations>>;
  currentUserId: string;
}) {
  return (
    <div className="flex flex-col gap-4">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Firma kullanıcıları</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Ad
              </th>
              <th scope="col" className="px-3 py-2">
                E-posta
              </th>
              <th scope="col" className="px-3 py-2">
                Son giriş
              </th>
              <th scope="col" className="px-3 py-2">
                Durum
              </th>
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">İşlem</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id} className="border-t border-stone-200">
                <td className="px-3 py-2">{person.id === currentUserId ? `${person.name} (siz)` : person.name}</td>
                <td className="px-3 py-2">{person.email}</td>
                <td className="px-3 py-2">{person.lastLoginAt ? formatIstanbulDateTime(person.lastLoginAt) : "–"}</td>
                <td className="px-3 py-2">{person.disabled ? "Kaldırıldı" : "Etkin"}</td>
                <td className="px-3 py-2">
                  {person.id !== currentUserId && !person.disabled && (
                    <RemoveUserButton userId={person.id} email={person.email} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {invitations.length > 0 && (
        <div>
          <h3 className="font-semibold">Bekleyen davetler</h3>
          <ul className="text-sm text-stone-700">
            {invitations.map((invitation) => (
              <li key={invitation.id}>{`${invitation.email} · son gün ${formatIstanbulDate(invitation.expiresAt)}`}</li>
            ))}
          </ul>
        </div>
      )}
      <InviteForm />
    </div>
  );
}
