import { PLATFORM_LABELS, SERVICE_TYPE_LABELS } from "@/lib/onboarding/choices";
import type { IntegrationView } from "@/lib/onboarding/integration-step";
import type { Step1Values, Step2Values } from "@/lib/onboarding/state";

const STATUS_LABELS = { pending: "test edilmedi", connected: "bağlandı", failed: "bağlantı kurulamadı" } as const;

/** Step 4's recap of steps 1–3, with only the masked credentials. */
export function OnboardingSummary(props: {
  step1: Step1Values;
  step2: Step2Values;
  integration: IntegrationView | null;
  /** The chosen service's price, in words (app/(onboarding)/basla/service-options.ts). */
  price: string;
}) {
  const { step1, step2, integration, price } = props;
  const rows: [string, string][] = [
    ["Firma adı", step1.companyName],
    ["Vergi numarası", step1.taxId],
    ["Vergi dairesi", step1.taxOffice],
    ["Yetkili kişi", step1.contactName],
    ["E-posta", step1.email],
    ["Telefon", step1.phone],
    [
      "Fatura adresi",
      [step1.address, step1.city].filter(Boolean).join(", ") || "Girilmedi (Hesabım sayfasından girebilirsiniz)",
    ],
    ["Hizmet türü", SERVICE_TYPE_LABELS[step2.serviceType]],
    ["Fiyat", price],
    ["Ürün türleri", step2.productCategories.join(", ")],
    ["Özel gereksinimler", step2.specialRequirements || "–"],
    [
      "Entegrasyon",
      integration
        ? `${PLATFORM_LABELS[integration.platform]}: ${integration.shopName ?? Object.values(integration.masked)[0] ?? ""} (${STATUS_LABELS[integration.status]})`
        : "Entegrasyon yok",
    ],
  ];
  return (
    <section aria-labelledby="ozet" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="ozet" className="mb-3 text-lg font-semibold">
        Özet
      </h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-stone-600">{label}</dt>
            <dd className="break-words text-stone-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
