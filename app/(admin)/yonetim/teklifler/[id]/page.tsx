import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { QuoteStatusBadge } from "@/components/status/quote-status-badge";
import { OutcomeAlert } from "@/components/ui/outcome-alert";
import { query } from "@/db";
import { getQuote } from "@/db/queries/quotes";
import { requireAdmin } from "@/lib/auth/session";
import { formatIstanbulDate, formatIstanbulDateTime } from "@/lib/dates";
import { formatKurus, kurusToInput } from "@/lib/money";
import { formatTurkishPhone } from "@/lib/phone";
import { canSendOffer, quoteStatus } from "@/lib/quotes/status";
import { MarkReviewedForm, RejectQuoteForm, SendOfferForm } from "./quote-actions";

export const metadata: Metadata = { title: "Teklif talebi" };

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
  const quote = await query(getQuote, { quoteId: (await params).id });
  if (!quote) notFound();
  const { sonuc } = await searchParams;
  const outcome = typeof sonuc === "string" && Object.hasOwn(OUTCOMES, sonuc) ? OUTCOMES[sonuc] : undefined;
  const rows: [string, React.ReactNode][] = [
    ["Durum", <QuoteStatusBadge key="s" status={quote.status} />],
    ["Firma adı", quote.companyName],
    ["Yetkili adı", quote.contactName],
    [
      "E-posta",
      <a key="e" href={`mailto:${quote.email}`} className="break-all text-primary underline">
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
    [
      "Müşteri hesabı",
      quote.customerId ? (
        <Link key="m" href={`/yonetim/musteriler/${quote.customerId}`} className="text-brand-700 underline">
          Müşteri sayfası
        </Link>
      ) : (
        "Yok (ziyaretçi)"
      ),
    ],
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
      <PageHeader
        title={quote.companyName}
        description={`Referans ${quote.referenceNumber}`}
        breadcrumbs={[{ href: "/yonetim/teklifler", label: "Teklifler" }]}
      />
      {outcome && (
        <OutcomeAlert param="sonuc" of={sonuc}>
          {outcome}
        </OutcomeAlert>
      )}
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-border bg-card p-4 sm:grid-cols-2 sm:p-6">
        {rows.map(([label, value]) => (
          <div key={label} className="min-w-0">
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="break-words whitespace-pre-line">{value}</dd>
          </div>
        ))}
      </dl>
      {quoteStatus.can(quote.status, "reviewed") && (
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
          className="flex flex-col gap-3 rounded-lg border border-border bg-card p-4 sm:p-6"
        >
          <h2 id="teklif-gonder" className="text-lg font-semibold">
            Teklif gönder
          </h2>
          <SendOfferForm
            quoteId={quote.id}
            companyName={quote.companyName}
            suggestedPrice={kurusToInput(quote.calculatedUnitPrice)}
          />
        </section>
      )}
      {quoteStatus.can(quote.status, "rejected") && (
        <section
          aria-labelledby="reddet"
          className="flex flex-col gap-3 rounded-lg border border-border bg-card p-4 sm:p-6"
        >
          <h2 id="reddet" className="text-lg font-semibold">
            Reddet
          </h2>
          <RejectQuoteForm quoteId={quote.id} companyName={quote.companyName} />
        </section>
      )}
    </div>
  );
}
