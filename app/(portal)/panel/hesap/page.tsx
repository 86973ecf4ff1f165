import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountSection } from "@/components/account/account-section";
import { PasswordForm } from "@/components/account/password-form";
import { SessionsSection } from "@/components/account/sessions-section";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { query } from "@/db";
import { getCustomerProfile } from "@/db/queries/customer-account";
import { getIntegrationView } from "@/db/queries/integrations";
import { listPendingInvitations } from "@/db/queries/invitations";
import { listOpenSessions } from "@/db/queries/user-sessions";
import { listCompanyUsers } from "@/db/queries/users";
import { currentSessionId, requireCustomer } from "@/lib/auth/session";
import { formatTurkishPhone } from "@/lib/phone";
import { CompanyForm } from "./company-form";
import { DataSection } from "./data-section";
import { IntegrationSection } from "./integration-section";
import { TeamSection } from "./team-section";

export const metadata: Metadata = { title: "Hesabım" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ sifre?: string }> }) {
  const user = await requireCustomer();
  const passwordChanged = (await searchParams).sifre === "degisti";
  const { customerId } = user;
  const [customer, integration, people, invitations, sessions, currentId] = await Promise.all([
    query(getCustomerProfile, { customerId }),
    query(getIntegrationView, { customerId }),
    query(listCompanyUsers, { customerId }),
    query(listPendingInvitations, { customerId }),
    query(listOpenSessions, { userId: user.id }),
    currentSessionId(),
  ]);
  if (!customer) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Hesabım"
        description="Firma bilgileriniz, entegrasyonunuz, ekibiniz, oturumlarınız ve verileriniz."
      />
      <AccountSection id="firma" title="Firma ve iletişim bilgileri">
        <CompanyForm
          taxId={customer.taxId}
          values={{
            companyName: customer.companyName,
            contactName: customer.contactName,
            email: customer.email,
            phone: formatTurkishPhone(customer.phone),
            address: customer.address ?? "",
            city: customer.city ?? "",
            taxOffice: customer.taxOffice ?? "",
          }}
        />
      </AccountSection>
      <AccountSection id="entegrasyon" title="E-ticaret entegrasyonu">
        <IntegrationSection integration={integration} />
      </AccountSection>
      <AccountSection id="kullanicilar" title="Firma kullanıcıları">
        <TeamSection people={people} invitations={invitations} currentUserId={user.id} />
      </AccountSection>
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
      <AccountSection id="kvkk" title="Verileriniz (KVKK)">
        <DataSection deletionRequestedAt={customer.deletionRequestedAt} />
      </AccountSection>
    </div>
  );
}
