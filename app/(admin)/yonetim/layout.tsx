import {
  CircleUserRound,
  FileText,
  History,
  LayoutDashboard,
  Mail,
  Package,
  ReceiptText,
  Tags,
  UserCog,
  Users,
} from "lucide-react";
import { AppFrame, type NavItem } from "@/components/layout/app-frame";
import { requireAdmin } from "@/lib/auth/session";

const adminMenu: NavItem[] = [
  { href: "/yonetim", label: "Özet", icon: <LayoutDashboard /> },
  { href: "/yonetim/teklifler", label: "Teklifler", icon: <FileText /> },
  { href: "/yonetim/musteriler", label: "Müşteriler", icon: <Users /> },
  { href: "/yonetim/siparisler", label: "Siparişler", icon: <Package /> },
  { href: "/yonetim/faturalar", label: "Faturalar", icon: <ReceiptText /> },
  { href: "/yonetim/fiyatlandirma", label: "Fiyatlandırma", icon: <Tags /> },
  { href: "/yonetim/e-postalar", label: "E-postalar", icon: <Mail /> },
  { href: "/yonetim/denetim", label: "Denetim", icon: <History /> },
  { href: "/yonetim/kullanicilar", label: "Kullanıcılar", icon: <UserCog /> },
  { href: "/yonetim/hesap", label: "Hesabım", icon: <CircleUserRound /> },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireAdmin();
  return (
    <AppFrame area="Yönetim" home="/yonetim" items={adminMenu} user={user} accountHref="/yonetim/hesap">
      {children}
    </AppFrame>
  );
}
