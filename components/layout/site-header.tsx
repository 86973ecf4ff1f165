import Link from "next/link";

const links = [
  { href: "/#fiyatlandirma", label: "Fiyatlandırma" },
  { href: "/teklif-al", label: "Teklif al" },
  { href: "/basla", label: "Başla" },
  { href: "/giris", label: "Giriş" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-700">
          Çardak Paketleme
        </Link>
        <nav aria-label="Ana menü">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="rounded px-1 py-1 hover:text-brand-700">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
