import { AppShell } from "@/components/layout/app-shell";
import { requireCustomer } from "@/lib/auth/session";

const portalLinks = [
  { href: "/panel", label: "Genel bakış" },
  { href: "/panel/siparisler", label: "Siparişler" },
  { href: "/panel/hesap", label: "Hesabım" },
];

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireCustomer();
  return (
    <AppShell title="Müşteri paneli" links={portalLinks} userLabel={user.email}>
      {children}
    </AppShell>
  );
}
