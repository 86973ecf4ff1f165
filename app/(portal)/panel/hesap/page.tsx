import type { Metadata } from "next";
import { CompanyForm } from "@/components/account/company-form";
import { IntegrationSection } from "@/components/account/integration-section";
import { PasswordForm } from "@/components/account/password-form";
import { TeamSection } from "@/components/account/team-section";
import { SignOutEverywhereButton } from "@/components/auth/sign-out-buttons";
import { FormAlert } from "@/components/ui/form-alert";
import { getCustomerProfile } from "@/db/queries/customer-account";
import { requireCustomer } from "@/lib/auth/session";
import { formatTurkishPhone } from "@/lib/phone";

export const metadata: Metadata = { title: "Hesabım" };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-stone-200 bg-white p-6">
      <h2 id={id} className="mb-4 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ sifre?: string }> }) {
  const user = await requireCustomer();
  const passwordChanged = (await searchParams).sifre === "degisti";
  const customer = await getCustomerProfile({ customerId: user.customerId });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Hesabım</h1>
      <Section id="firma" title="Firma ve iletişim bilgileri">
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
      </Section>
      <Section id="entegrasyon" title="E-ticaret entegrasyonu">
        <IntegrationSection customerId={user.customerId} />
      </Section>
      <Section id="kullanicilar" title="Firma kullanıcıları">
        <TeamSection customerId={user.customerId} currentUserId={user.id} />
      </Section>
      <Section id="sifre" title="Şifre değiştir">
        {passwordChanged && (
          <div className="mb-4">
            <FormAlert tone="success">Şifreniz değiştirildi. Diğer cihazlardaki oturumlarınız kapatıldı.</FormAlert>
          </div>
        )}
        <PasswordForm />
      </Section>
      <Section id="oturumlar" title="Oturumlar">
        <p className="mb-3 text-sm text-stone-600">Bu hesapla açık olan tüm cihazlardaki oturumları kapatır.</p>
        <SignOutEverywhereButton />
      </Section>
    </div>
  );
}
