import { Link } from "@/components/ui/link";
import type { SuspensionReason } from "@/lib/customers/status";
import { INVOICES_PATH } from "@/lib/orders/messages";

/**
 * Shown on every portal page that matters while the account is suspended: what happened and the way
 * out. Unpaid invoices end by paying them; a suspension by operations ends only with them.
 */
export function SuspendedBanner({ reason }: { reason: SuspensionReason | null }) {
  return (
    <div role="alert" className="rounded-lg border-2 border-red-400 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">Hesabınız askıya alındı</p>
      {reason === "admin" ? (
        <p className="mt-1 text-sm">
          Hesabınız operasyon ekibimiz tarafından askıya alındı; yeni sipariş oluşturamazsınız. Ayrıntılar için lütfen
          bizimle iletişime geçin. Faturalarınızı görüntüleyip ödemeye devam edebilirsiniz.
        </p>
      ) : (
        <p className="mt-1 text-sm">
          Ödenmemiş faturalarınız nedeniyle yeni sipariş oluşturamazsınız. Gecikmiş faturalarınızı ödediğinizde
          hesabınız otomatik olarak yeniden açılır.
        </p>
      )}
      <Link
        href={INVOICES_PATH}
        className="mt-3 inline-block rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800"
      >
        {reason === "admin" ? "Faturalarım" : "Faturalarımı öde"}
      </Link>
    </div>
  );
}
