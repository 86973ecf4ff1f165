import { AppShell } from "@/components/layout/app-shell";
import { requireAdmin } from "@/lib/auth/session";

const adminLinks = [
  { href: "/yonetim", label: "Genel bakış" },
  { href: "/yonetim/teklifler", label: "Teklifler" },
  { href: "/yonetim/siparisler", label: "Siparişler" },
  { href: "/yonetim/kullanicilar", label: "Kullanıcılar" },
  { href: "/yonetim/e-postalar", label: "E-postalar" },
  { href: "/yonetim/hesap", label: "Hesabım" },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireAdmin();
  return (
    <AppShell title="Yönetim" links={adminLinks} userLabel={user.email}>
      {children}
    </AppShell>
  );
}
