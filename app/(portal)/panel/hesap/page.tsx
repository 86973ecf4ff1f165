import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountSection } from "@/components/account/account-section";
import { CompanyForm } from "@/components/account/company-form";
import { IntegrationSection } from "@/components/account/integration-section";
import { PasswordForm } from "@/components/account/password-form";
import { SessionsSection } from "@/components/account/sessions-section";
import { TeamSection } from "@/components/account/team-section";
import { FormAlert } from "@/components/ui/form-alert";
import { query } from "@/db";
import { getCustomerProfile } from "@/db/queries/customer-account";
import { requireCustomer } from "@/lib/auth/session";
import { formatTurkishPhone } from "@/lib/phone";

export const metadata: Metadata = { title: "Hesabım" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ sifre?: string }> }) {
  const user = await requireCustomer();
  const passwordChanged = (await searchParams).sifre === "degisti";
  const customer = await query(getCustomerProfile, { customerId: user.customerId });
  if (!customer) notFound();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Hesabım</h1>
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
          }}
        />
      </AccountSection>
      <AccountSection id="entegrasyon" title="E-ticaret entegrasyonu">
        <IntegrationSection customerId={user.customerId} />
      </AccountSection>
      <AccountSection id="kullanicilar" title="Firma kullanıcıları">
        <TeamSection customerId={user.customerId} currentUserId={user.id} />
      </AccountSection>
      <AccountSection id="sifre" title="Şifre değiştir">
        {passwordChanged && (
          <div className="mb-4">
            <FormAlert tone="success">Şifreniz değiştirildi. Diğer cihazlardaki oturumlarınız kapatıldı.</FormAlert>
          </div>
        )}
        <PasswordForm />
      </AccountSection>
      <AccountSection id="oturumlar" title="Oturumlar">
        <SessionsSection userId={user.id} />
      </AccountSection>
    </div>
  );
}
