import { redirect } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { query } from "@/db";
import { isCustomerProfileIncomplete } from "@/db/queries/customer-account";
import { requireCustomer } from "@/lib/auth/session";

const portalLinks = [
  { href: "/panel", label: "Genel bakış" },
  { href: "/panel/siparisler", label: "Siparişler" },
  { href: "/panel/hesap", label: "Hesabım" },
];

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireCustomer();
  // An account opened without its company data (no name or tax number) finishes onboarding first.
  if (await query(isCustomerProfileIncomplete, { customerId: user.customerId })) redirect("/basla");
  return (
    <AppShell title="Müşteri paneli" links={portalLinks} userLabel={user.email}>
      {children}
    </AppShell>
  );
}
