import type { Metadata } from "next";
import { cachedTierTable } from "@/app/pricing-cache";
import { isVolumeRange } from "@/lib/pricing";
import { LandingPage } from "../landing-page";

export const metadata: Metadata = { alternates: { canonical: "/" } };

/**
 * The landing page with the calculator's answer: the proxy sends `/?hacim=251-500` here, so the
 * calculator works without JavaScript while `/` itself stays a prerendered file.
 */
export default async function CalculatorPage({
  searchParams,
}: {
  searchParams: Promise<{ hacim?: string | string[] }>;
}) {
  const { hacim } = await searchParams;
  return <LandingPage tiers={await cachedTierTable()} selected={isVolumeRange(hacim) ? hacim : null} />;
}
