import type { Metadata } from "next";
import { AccountSection } from "@/components/account/account-section";
import { PasswordForm } from "@/components/account/password-form";
import { SessionsSection } from "@/components/account/sessions-section";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
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
      <PageHeader title="Hesabım" description={user.email} />
      <AccountSection id="sifre" title="Şifre değiştir">
        {passwordChanged && (
          <div className="mb-4">
            <Alert tone="success">Şifreniz değiştirildi. Diğer cihazlardaki oturumlarınız kapatıldı.</Alert>
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
