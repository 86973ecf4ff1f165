import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Alert } from "@/components/ui/alert";
import { query } from "@/db";
import { getTierTable } from "@/db/queries/pricing";
import { getOfferByToken } from "@/db/queries/quotes";
import { formatIstanbulDate } from "@/lib/dates";
import { formatKurus } from "@/lib/money";
import { offerMonthlyEstimate } from "@/lib/quotes/estimate";
import { QUOTE_MESSAGES } from "@/lib/quotes/messages";
import { offerClosedReason } from "@/lib/quotes/respond";
import { OfferResponse } from "./offer-response";

// The token is in the address: keep the page out of search engines and out of Referer headers.
export const metadata: Metadata = {
  title: "Teklifiniz",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/** An open account is good news and the shop's own decline a fact, not errors; the rest are refusals. */
const CLOSED_TONES = {
  OFFER_ACCEPTED: "error",
  OFFER_ACCOUNT_OPEN: "success",
  OFFER_DECLINED: "info",
  OFFER_REJECTED: "error",
  OFFER_EXPIRED: "error",
} as const;

export default async function OfferPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const [offer, tiers] = await Promise.all([query(getOfferByToken, { token }), query(getTierTable, {})]);
  if (!offer || offer.quotedUnitPrice === null) notFound();
  const closed = offerClosedReason(offer);
  const estimate = offerMonthlyEstimate(tiers, offer.monthlyVolume, offer.quotedUnitPrice);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div>
        <p className="text-sm text-stone-600">Teklif {offer.referenceNumber}</p>
        <h1 className="text-3xl font-bold">{offer.companyName} için teklifimiz</h1>
      </div>
      <dl className="grid gap-4 rounded-lg border border-stone-200 bg-white p-6 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-stone-600">Paket başı fiyat (KDV hariç)</dt>
          <dd className="text-2xl font-bold text-brand-700">{formatKurus(offer.quotedUnitPrice)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">Aylık tahmini tutar ({offer.monthlyVolume} paket)</dt>
          <dd className="text-2xl font-bold">{formatKurus(estimate)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">Geçerlilik</dt>
          <dd>{offer.validUntil ? `${formatIstanbulDate(offer.validUntil)} tarihine kadar` : "–"}</dd>
        </div>
        {offer.offerNote && (
          <div className="sm:col-span-2">
            <dt className="text-sm text-stone-600">Not</dt>
            <dd className="whitespace-pre-line">{offer.offerNote}</dd>
          </div>
        )}
      </dl>
      {closed ? (
        <div className="flex flex-col gap-3">
          <Alert tone={CLOSED_TONES[closed]}>{QUOTE_MESSAGES[closed]}</Alert>
          {closed === "OFFER_ACCEPTED" && (
            <Link href={`/basla?teklif=${encodeURIComponent(token)}`} className="text-brand-700 underline">
              Hesabınızı açmaya devam edin
            </Link>
          )}
          {closed === "OFFER_ACCOUNT_OPEN" && (
            <Link href="/giris" className="text-brand-700 underline">
              Giriş yap
            </Link>
          )}
          {closed === "OFFER_DECLINED" && (
            <Link href="/teklif-al" className="text-brand-700 underline">
              Yeni teklif iste
            </Link>
          )}
        </div>
      ) : (
        <OfferResponse token={token} />
      )}
    </div>
  );
}
