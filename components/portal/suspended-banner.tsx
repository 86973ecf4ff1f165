import Link from "next/link";
import { INVOICES_PATH } from "@/lib/orders/messages";

/** Shown on every portal page that matters while the account is suspended: what happened and the way out. */
export function SuspendedBanner() {
  return (
    <div role="alert" className="rounded-lg border-2 border-red-400 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">Hesabınız askıya alındı</p>
      <p className="mt-1 text-sm">
        Ödenmemiş faturalarınız nedeniyle yeni sipariş oluşturamazsınız. Gecikmiş faturalarınızı ödediğinizde hesabınız
        otomatik olarak yeniden açılır.
      </p>
      <Link
        href={INVOICES_PATH}
        className="mt-3 inline-block rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800"
      >
        Faturalarımı öde
      </Link>
    </div>
  );
}
