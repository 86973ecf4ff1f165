import { LayoutDashboard, Package, ReceiptText, Settings } from "lucide-react";
import { redirect } from "next/navigation";
import { AppFrame, type NavItem } from "@/components/layout/app-frame";
import { query } from "@/db";
import { isCustomerProfileIncomplete } from "@/db/queries/customer-account";
import { requireCustomer } from "@/lib/auth/session";

const portalMenu: NavItem[] = [
  { href: "/panel", label: "Özet", icon: <LayoutDashboard /> },
  { href: "/panel/siparisler", label: "Siparişler", icon: <Package /> },
  { href: "/panel/faturalar", label: "Faturalar", icon: <ReceiptText /> },
  { href: "/panel/hesap", label: "Hesap", icon: <Settings /> },
];

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireCustomer();
  // An account opened without its company data (no name or tax number) finishes onboarding first.
  if (await query(isCustomerProfileIncomplete, { customerId: user.customerId })) redirect("/basla");
  return (
    <AppFrame area="Müşteri paneli" home="/panel" items={portalMenu} user={user} accountHref="/panel/hesap">
      {children}
    </AppFrame>
  );
}
