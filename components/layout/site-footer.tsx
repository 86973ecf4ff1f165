import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-stone-600 sm:flex-row sm:justify-between">
        <p>© {new Date().getFullYear()} Çardak Paketleme. Tüm fiyatlara KDV dahil değildir.</p>
        <nav aria-label="Alt menü" className="flex gap-4">
          <Link href="/teklif-al" className="hover:text-brand-700">
            Teklif al
          </Link>
          <Link href="/giris" className="hover:text-brand-700">
            Müşteri girişi
          </Link>
        </nav>
      </div>
    </footer>
  );
}
