import { Link } from "@/components/ui/link";
import { buttonVariants } from "@/components/ui/button";
import { formatKurus } from "@/lib/money";
import type { SubmittedQuote } from "@/lib/quotes/submit";

export function QuoteConfirmation({ quote }: { quote: SubmittedQuote }) {
  return (
    <section
      role="status"
      aria-labelledby="teklif-alindi"
      className="flex flex-col gap-4 rounded-lg border border-brand-100 bg-white p-6"
    >
      <h2 id="teklif-alindi" className="text-2xl font-bold">
        Teklif talebiniz alındı
      </h2>
      <dl className="grid gap-3 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-stone-600">Referans numarası</dt>
          <dd className="text-lg font-semibold" data-testid="teklif-referans">
            {quote.referenceNumber}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">Paket başı fiyat</dt>
          <dd className="text-lg font-semibold">{formatKurus(quote.unitPrice)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">Aylık tahmini tutar ({quote.estimatedVolume} paket)</dt>
          <dd className="text-lg font-semibold">{formatKurus(quote.monthlyEstimate)}</dd>
        </div>
      </dl>
      <p className="text-stone-700">
        Talebinizin özetini e-posta adresinize gönderdik. Operasyon ekibimiz inceleyip size özel teklifimizi e-posta ile
        iletecek. Fiyatlar KDV hariçtir.
      </p>
      <p className="text-stone-700">
        Teklifimizi beklemeden standart fiyatlarla başlamak isterseniz hesabınızı hemen açabilirsiniz.
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <Link href="/basla" className={buttonVariants({ size: "lg" })}>
          Hesabınızı açın
        </Link>
        <Link href="/" className="text-brand-700 underline">
          Ana sayfaya dön
        </Link>
      </div>
    </section>
  );
}
