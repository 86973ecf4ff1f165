import { Mail, MapPin, Phone } from "lucide-react";
import { Link } from "@/components/ui/link";
import { company } from "@/lib/company";
import { istanbulYear } from "@/lib/dates";
import { KVKK_NOTICE, SERVICE_AGREEMENT } from "@/lib/legal";
import { BrandMark } from "./brand";

const linkClass = "hover:text-foreground hover:underline";

/** "Çardak Paketleme Ltd. Şti." already ends its sentence; another name needs the full stop. */
const sentence = (text: string) => (text.endsWith(".") ? text : `${text}.`);

/** Who we are and how to reach us (from configuration: lib/company.ts), and the legal texts. */
export function SiteFooter() {
  const us = company();
  const tel = us.phone.replace(/[^\d+]/g, "");
  return (
    <footer className="mt-16 border-t border-border bg-card">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm text-muted-foreground sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr]">
        <div className="flex flex-col gap-3">
          <p className="flex items-center gap-2 font-semibold text-foreground">
            <BrandMark className="size-6" />
            {us.name}
          </p>
          <address className="flex flex-col gap-2 not-italic">
            <span className="flex items-start gap-2">
              <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              {us.address}
            </span>
            <a href={`tel:${tel}`} className={`flex items-center gap-2 ${linkClass}`}>
              <Phone aria-hidden="true" className="size-4 shrink-0" />
              {us.phone}
            </a>
            <a href={`mailto:${us.email}`} className={`flex items-center gap-2 break-all ${linkClass}`}>
              <Mail aria-hidden="true" className="size-4 shrink-0" />
              {us.email}
            </a>
          </address>
        </div>
        <nav aria-label="Alt menü" className="flex flex-col gap-2">
          <p className="font-semibold text-foreground">Hizmet</p>
          <Link href="/teklif-al" className={linkClass}>
            Teklif al
          </Link>
          <Link href="/basla" className={linkClass}>
            Hesap aç
          </Link>
          <Link href="/giris" className={linkClass}>
            Müşteri girişi
          </Link>
        </nav>
        {/* Prerendered pages: prefetching them costs the server nothing (components/ui/link.tsx). */}
        <nav aria-label="Yasal metinler" className="flex flex-col gap-2">
          <p className="font-semibold text-foreground">Yasal</p>
          <Link href="/kvkk" prefetch="auto" className={linkClass}>
            {KVKK_NOTICE.title}
          </Link>
          <Link href="/sozlesme" prefetch="auto" className={linkClass}>
            {SERVICE_AGREEMENT.title}
          </Link>
        </nav>
      </div>
      <div className="border-t border-border">
        <p className="mx-auto max-w-6xl px-4 py-4 text-xs text-muted-foreground">
          {`© ${istanbulYear(new Date())} ${sentence(us.name)} Tüm fiyatlara KDV dahil değildir.`}
        </p>
      </div>
    </footer>
  );
}
