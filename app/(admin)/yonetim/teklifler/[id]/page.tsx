import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MarkReviewedForm, RejectQuoteForm, SendOfferForm } from "@/components/admin/quotes/quote-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { kurusToInput } from "@/components/quotes/admin-schemas";
import { getQuoteOrThrow, QuoteNotFoundError } from "@/db/queries/quotes";
import { requireAdmin } from "@/lib/auth/session";
import { formatIstanbulDate, formatIstanbulDateTime } from "@/lib/dates";
import { formatKurus } from "@/lib/money";
import { formatTurkishPhone } from "@/lib/phone";
import { canSendOffer, canTransition, QUOTE_STATUS_LABELS } from "@/lib/quotes/status";

export const metadata: Metadata = { title: "Teklif talebi" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function loadQuote(id: string) {
  if (!UUID.test(id)) notFound();
  try {
    return await getQuoteOrThrow({ id });
  } catch (error) {
    if (error instanceof QuoteNotFoundError) notFound();
    throw error;
  }
}

const OUTCOMES: Record<string, string> = {
  incelendi: "Talep incelendi olarak işaretlendi.",
  teklif: "Teklif gönderildi; teklif bağlantısı müşteriye e-postayla iletildi.",
  red: "Talep reddedildi.",
};

const yesNo = (value: boolean) => (value ? "Evet" : "Hayır");
const dateTime = (value: Date | null) => (value ? formatIstanbulDateTime(value) : "–");
const price = (value: number | null) => (value === null ? "–" : formatKurus(value));

export default async function QuoteDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ sonuc?: string | string[] }>;
}) {
  await requireAdmin();
  const quote = await loadQuote((await params).id);
  const { sonuc } = await searchParams;
  const outcome = typeof sonuc === "string" && Object.hasOwn(OUTCOMES, sonuc) ? OUTCOMES[sonuc] : undefined;
  const rows: [string, React.ReactNode][] = [
    ["Durum", QUOTE_STATUS_LABELS[quote.status]],
    ["Firma adı", quote.companyName],
    ["Yetkili adı", quote.contactName],
    [
      "E-posta",
      <a key="e" href={`mailto:${quote.email}`} className="text-brand-700 underline">
        {quote.email}
      </a>,
    ],
    ["Telefon", formatTurkishPhone(quote.phone)],
    ["Aylık sipariş adedi", quote.monthlyVolume],
    ["Ürün türleri", quote.productTypes.join(", ")],
    ["Özel gereksinimler", quote.specialRequirements ?? "–"],
    ["Kırılgan ürün var", yesNo(quote.hasFragileItems)],
    ["Özel ambalaj istiyorum", yesNo(quote.needsCustomPackaging)],
    ["İnceleme gerekli", yesNo(quote.needsReview)],
    [
      "Tercih edilen başlangıç tarihi",
      quote.preferredStartDate ? formatIstanbulDate(new Date(`${quote.preferredStartDate}T12:00:00Z`)) : "–",
    ],
    ["Müşteri hesabı", quote.customerId ? "Kayıtlı müşteri" : "Yok (ziyaretçi)"],
    ["Hesaplanan birim fiyat", price(quote.calculatedUnitPrice)],
    ["Teklif edilen birim fiyat", price(quote.quotedUnitPrice)],
    ["Kabul edilen birim fiyat", price(quote.acceptedUnitPrice)],
    ["Teklif geçerliliği", quote.validUntil ? formatIstanbulDate(quote.validUntil) : "–"],
    ["Teklif notu", quote.offerNote ?? "–"],
    ["Red nedeni", quote.rejectionReason ?? "–"],
    ["Talep tarihi", dateTime(quote.createdAt)],
    ["İncelenme", dateTime(quote.reviewedAt)],
    ["Teklif gönderimi", dateTime(quote.quotedAt)],
    ["Müşteri yanıtı", dateTime(quote.respondedAt)],
  ];
  return (
    <div className="flex flex-col gap-6">
      <Link href="/yonetim/teklifler" className="text-sm text-brand-700 underline">
        ← Teklifler
      </Link>
      <h1 className="text-2xl font-bold">
        {quote.companyName} <span className="text-base font-normal text-stone-600">{quote.referenceNumber}</span>
      </h1>
      {outcome && <FormAlert tone="success">{outcome}</FormAlert>}
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-stone-200 bg-white p-6 sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-stone-600">{label}</dt>
            <dd className="break-words whitespace-pre-line">{value}</dd>
          </div>
        ))}
      </dl>
      {canTransition(quote.status, "reviewed") && (
        <section aria-labelledby="incele" className="flex flex-col gap-3">
          <h2 id="incele" className="text-lg font-semibold">
            İnceleme
          </h2>
          <MarkReviewedForm quoteId={quote.id} />
        </section>
      )}
      {canSendOffer(quote) && (
        <section
          aria-labelledby="teklif-gonder"
          className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-6"
        >
          <h2 id="teklif-gonder" className="text-lg font-semibold">
            Teklif gönder
          </h2>
          <SendOfferForm quoteId={quote.id} suggestedPrice={kurusToInput(quote.calculatedUnitPrice)} />
        </section>
      )}
      {canTransition(quote.status, "rejected") && (
        <section
          aria-labelledby="reddet"
          className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-6"
        >
          <h2 id="reddet" className="text-lg font-semibold">
            Reddet
          </h2>
          <RejectQuoteForm quoteId={quote.id} />
        </section>
      )}
    </div>
  );
}
