import { Link } from "@/components/ui/link";
import { INVOICE_ADDRESS_PATH } from "@/lib/customers/invoice-address";

/** Shown on the dashboard and the invoice list while the invoice address is missing. */
export function InvoiceAddressNotice() {
  return (
    <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <p className="font-semibold">Fatura adresiniz eksik</p>
      <p className="mt-1 text-sm">
        Faturalarınızda alıcı adresi olarak yer alması için firmanızın adresini girin. Adres, girdiğiniz andan sonra
        kesilen faturalarda yer alır.
      </p>
      <Link href={INVOICE_ADDRESS_PATH} className="mt-2 inline-block text-sm font-semibold text-amber-900 underline">
        Fatura adresini girin
      </Link>
    </div>
  );
}
