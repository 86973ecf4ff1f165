import "./helpers/next-mocks";
import { beforeEach, describe, expect, it } from "vitest";
import { cancelPricingChangeAction, schedulePricingChangeAction } from "@/app/(admin)/yonetim/fiyatlandirma/actions";
import { PRICING_CACHE_TAG } from "@/app/pricing-cache";
import { DEFAULT_TIERS } from "@/db/seed";
import { sessionOf, twoCustomers } from "./helpers/fixtures";
import { signInAs } from "./helpers/request";
import { clearRevalidated, revalidated } from "./helpers/revalidated";

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

const prices = (overrides: Record<string, string> = {}) =>
  form({
    effectiveDate: "2099-01-15",
    premiumSurcharge: "7,50",
    ...Object.fromEntries(
      DEFAULT_TIERS.flatMap((tier, index) => [
        [`unitPrice_${index}`, (tier.unitPrice / 100).toFixed(2).replace(".", ",")],
        [`storageCharge_${index}`, (tier.storageCharge / 100).toFixed(2).replace(".", ",")],
      ]),
    ),
    ...overrides,
  });

// The landing page `/` is a file prerendered from the cached tier table: a price change must expire
// both, or visitors keep seeing the old prices.
describe("the landing page's cached tier table", () => {
  beforeEach(clearRevalidated);

  it("expires when a price change is saved and when one is withdrawn", async () => {
    const { admin } = await twoCustomers();
    signInAs(sessionOf(admin));
    expect(await schedulePricingChangeAction(null, prices({ unitPrice_1: "38,50" }))).toMatchObject({ ok: true });
    expect(revalidated.tags).toEqual([PRICING_CACHE_TAG]);
    expect(revalidated.paths).toContain("/");

    clearRevalidated();
    expect(await cancelPricingChangeAction(null, form({ effectiveDate: "2099-01-15" }))).toMatchObject({ ok: true });
    expect(revalidated.tags).toEqual([PRICING_CACHE_TAG]);
    expect(revalidated.paths).toContain("/");
  });

  it("stays when the change is refused", async () => {
    const { admin, userA } = await twoCustomers();
    signInAs(sessionOf(admin));
    expect(await schedulePricingChangeAction(null, prices({ unitPrice_1: "abc" }))).toMatchObject({ ok: false });
    signInAs(sessionOf(userA));
    expect(await schedulePricingChangeAction(null, prices({ unitPrice_1: "1,00" }))).toMatchObject({ ok: false });
    expect(revalidated).toEqual({ tags: [], paths: [] });
  });
});
