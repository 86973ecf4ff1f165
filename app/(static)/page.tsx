import { cachedTierTable } from "@/app/pricing-cache";
import { LandingPage } from "./landing-page";

// Prerendered at build and served as a file; rebuilt when a price changes (revalidatePricing) and at
// least every 5 minutes (PRICING_CACHE_SECONDS, as a literal: Next.js reads it at build), for a change
// scheduled for a later day.
export const revalidate = 300;

export default async function HomePage() {
  return <LandingPage tiers={await cachedTierTable()} selected={null} />;
}
