import type { Metadata } from "next";
import { AccountSection } from "@/components/account/account-section";
import { PasswordForm } from "@/components/account/password-form";
import { SessionsSection } from "@/components/account/sessions-section";
import { FormAlert } from "@/components/ui/form-alert";
import { query } from "@/db";
import { listOpenSessions } from "@/db/queries/user-sessions";
import { currentSessionId, requireAdmin } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Hesabım" };

/** An admin's own account: password and open sessions, with the portal's components. */
export default async function AdminAccountPage({ searchParams }: { searchParams: Promise<{ sifre?: string }> }) {
  const user = await requireAdmin();
  const passwordChanged = (await searchParams).sifre === "degisti";
  const [sessions, currentId] = await Promise.all([query(listOpenSessions, { userId: user.id }), currentSessionId()]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Hesabım</h1>
      <p className="text-stone-700">{user.email}</p>
      <AccountSection id="sifre" title="Şifre değiştir">
        {passwordChanged && (
          <div className="mb-4">
            <FormAlert tone="success">Şifreniz değiştirildi. Diğer cihazlardaki oturumlarınız kapatıldı.</FormAlert>
          </div>
        )}
        <PasswordForm />
      </AccountSection>
      <AccountSection id="oturumlar" title="Oturumlar">
        <SessionsSection sessions={sessions} currentId={currentId} />
      </AccountSection>
    </div>
  );
}
