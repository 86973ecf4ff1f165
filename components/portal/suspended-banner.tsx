import { Link } from "@/components/ui/link";
import { company } from "@/lib/company";
import type { SuspensionReason } from "@/lib/customers/status";
import { INVOICES_PATH } from "@/lib/orders/messages";

const buttonClass =
  "mt-3 inline-block rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800";

/**
 * Shown on every portal page that matters while the account is suspended: what happened and the way
 * out. Unpaid invoices end by paying them; a suspension by operations ends only with them, so with
 * nothing owed the invoices are no way out and the banner names operations' contact instead.
 */
export function SuspendedBanner({ reason, owes }: { reason: SuspensionReason | null; owes: boolean }) {
  if (reason !== "admin") {
    return (
      <Banner>
        <p className="mt-1 text-sm">
          Ödenmemiş faturalarınız nedeniyle yeni sipariş oluşturamazsınız. Gecikmiş faturalarınızı ödediğinizde
          hesabınız otomatik olarak yeniden açılır.
        </p>
        <Link href={INVOICES_PATH} className={buttonClass}>
          Faturalarımı öde
        </Link>
      </Banner>
    );
  }
  const contact = company();
  return (
    <Banner>
      <p className="mt-1 text-sm">
        Hesabınız operasyon ekibimiz tarafından askıya alındı; yeni sipariş oluşturamazsınız. Hesabınızın yeniden
        açılması için lütfen operasyon ekibimizle iletişime geçin:{" "}
        <a href={`mailto:${contact.email}`} className="font-semibold wrap-anywhere underline">
          {contact.email}
        </a>
        {contact.phone && (
          <>
            {" · "}
            <a href={`tel:${contact.phone.replace(/\s/g, "")}`} className="font-semibold whitespace-nowrap underline">
              {contact.phone}
            </a>
          </>
        )}
        {owes && " Açık faturalarınızı görüntüleyip ödemeye devam edebilirsiniz."}
      </p>
      {owes && (
        <Link href={INVOICES_PATH} className={buttonClass}>
          Faturalarım
        </Link>
      )}
    </Banner>
  );
}

function Banner({ children }: { children: React.ReactNode }) {
  return (
    <div role="alert" className="rounded-lg border-2 border-red-400 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">Hesabınız askıya alındı</p>
      {children}
    </div>
  );
}
