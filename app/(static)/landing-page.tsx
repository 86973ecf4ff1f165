import { Link } from "@/components/ui/link";
import { PriceCalculator } from "@/components/pricing/price-calculator";
import { PricingTable } from "@/components/pricing/pricing-table";
import { buttonVariants } from "@/components/ui/button";
import { PACKING_PROMISE } from "@/lib/packing-promise";
import { quotePrice, type PricingTier, type VolumeRange } from "@/lib/pricing";

const advantages = [
  { title: "Şeffaf fiyat", text: "Paket başına sabit fiyat; aylık hacminiz arttıkça fiyat düşer." },
  { title: "Hızlı paketleme", text: PACKING_PROMISE },
  { title: "Entegrasyon", text: "Shopify, WooCommerce, Ticimax ve Hepsiburada mağazanızla bağlantı." },
  { title: "Takip", text: "Her siparişin durumunu ve aylık faturanızı panelinizden izlersiniz." },
];

const steps = [
  { title: "Teklif alın", text: "Aylık sipariş adedinizi ve ürün türlerinizi paylaşın." },
  { title: "Hesabınızı açın", text: "Firma bilgilerinizi girin, mağazanızı bağlayın." },
  { title: "Ürünlerinizi gönderin", text: "Paketleri biz hazırlar, siparişleriniz kargoya hazır olur." },
  { title: "Aylık ödeyin", text: "Her ayın 15'inde faturanız kesilir, 24 saat içinde kartla ödersiniz." },
];

/**
 * The landing page: `/` prerendered without a volume, and /hesapla (where `/?hacim=` is sent by the
 * proxy) with the calculator's answer, which works without JavaScript.
 */
export function LandingPage({ tiers, selected }: { tiers: PricingTier[]; selected: VolumeRange | null }) {
  const result = selected ? quotePrice(tiers, selected) : null;

  return (
    <div className="flex flex-col gap-16">
      <section className="flex flex-col gap-6 py-8">
        <h1 className="text-3xl font-bold sm:text-5xl">E-ticaret siparişleriniz, özenle paketlenmiş.</h1>
        <p className="max-w-2xl text-lg text-stone-700">
          Çardak Paketleme, mağazanızın paketlerini sizin yerinize hazırlar. Paket başına ödersiniz, faturanız ayda bir
          kesilir.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/teklif-al" className={buttonVariants({ size: "lg" })}>
            Teklif al
          </Link>
          <Link href="/basla" className={buttonVariants({ variant: "outline", size: "lg" })}>
            Hemen başla
          </Link>
        </div>
      </section>

      <section aria-labelledby="hizmet">
        <h2 id="hizmet" className="mb-4 text-2xl font-bold">
          Ne yapıyoruz?
        </h2>
        <p className="max-w-3xl text-stone-700">
          Ürünleriniz depomuza gelir; her sipariş için uygun ambalajı seçer, kırılgan ürünleri ek koruma ile paketler ve
          kargoya hazır hale getiririz. Standart, premium (daha hızlı teslim) ve size özel ambalaj seçenekleri sunarız.
        </p>
      </section>

      <section aria-labelledby="avantajlar">
        <h2 id="avantajlar" className="mb-4 text-2xl font-bold">
          Avantajlar
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {advantages.map((item) => (
            <li key={item.title} className="rounded-lg border border-stone-200 bg-white p-4">
              <h3 className="font-semibold">{item.title}</h3>
              <p className="mt-1 text-sm text-stone-600">{item.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="nasil">
        <h2 id="nasil" className="mb-4 text-2xl font-bold">
          Nasıl çalışır?
        </h2>
        <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {steps.map((step, index) => (
            <li key={step.title} className="rounded-lg border border-stone-200 bg-white p-4">
              <span className="text-sm font-semibold text-brand-700">{index + 1}. adım</span>
              <h3 className="font-semibold">{step.title}</h3>
              <p className="mt-1 text-sm text-stone-600">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="fiyatlandirma-baslik" id="fiyatlandirma" className="scroll-mt-4">
        <h2 id="fiyatlandirma-baslik" className="mb-2 text-2xl font-bold">
          Fiyatlandırma
        </h2>
        <p className="mb-4 text-stone-700">
          Fiyatlar paket başınadır ve KDV hariçtir. Faturalama aylıktır (15&apos;inden 15&apos;ine). {PACKING_PROMISE}
        </p>
        <PricingTable tiers={tiers} />
      </section>

      <section aria-labelledby="hesapla-baslik" id="hesapla" className="scroll-mt-4">
        <h2 id="hesapla-baslik" className="mb-4 text-2xl font-bold">
          Fiyat hesaplayıcı
        </h2>
        <PriceCalculator selected={selected} result={result} />
      </section>

      <section className="surface-primary rounded-lg p-8">
        <h2 className="text-2xl font-bold">Paketlemeyi bize bırakın</h2>
        <p className="mt-2">Size özel fiyat için teklif isteyin ya da hesabınızı hemen açın.</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href="/teklif-al" className="rounded-md bg-white px-5 py-2.5 font-semibold text-brand-800">
            Teklif al
          </Link>
          <Link href="/basla" className="rounded-md border border-white px-5 py-2.5 font-semibold">
            Başla
          </Link>
        </div>
      </section>
    </div>
  );
}
