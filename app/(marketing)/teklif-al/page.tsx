import type { Metadata } from "next";
import { connection } from "next/server";
import { query } from "@/db";
import { getTierTable } from "@/db/queries/pricing";
import { istanbulToday } from "@/lib/quotes/schemas";
import { QuoteForm } from "./quote-form";

export const metadata: Metadata = { title: "Teklif al" };

export default async function QuoteRequestPage() {
  await connection();
  const tiers = (await query(getTierTable, {})).map(({ range, unitPrice, storageCharge, effectiveFrom }) => ({
    range,
    unitPrice,
    storageCharge,
    effectiveFrom,
  }));
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Teklif al</h1>
        <p className="text-stone-700">
          Aylık sipariş adedinizi ve ürünlerinizi paylaşın; fiyatınızı hemen görün, size özel teklifimizi e-posta ile
          gönderelim.
        </p>
      </div>
      <QuoteForm tiers={tiers} today={istanbulToday()} />
    </div>
  );
}
