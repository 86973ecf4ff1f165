import "./helpers/next-mocks";
import { describe, expect, it, vi } from "vitest";
import { saveIntegrationStepAction } from "@/app/(onboarding)/basla/actions";
import { submitQuoteAction } from "@/app/(marketing)/teklif-al/actions";
import { signInAction } from "@/app/(auth)/actions";
import { changeServiceTypeAction } from "@/app/(admin)/yonetim/musteriler/actions";
import { ids, sessionOf, twoCustomers } from "./helpers/fixtures";
import { signInAs } from "./helpers/request";
import { quoteForm } from "./helpers/quotes";

vi.mock("@/app/(onboarding)/basla/cookie", async () => (await import("./helpers/onboarding")).onboardingCookieMock);
vi.mock("@/lib/auth", () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: vi.fn(async () => null) }));

const WOO_KEY = "ck_0123456789abcdef0123456789abcdef01234567";
const WOO_SECRET = "cs_fedcba9876543210fedcba9876543210fedc7654";
const TICIMAX_CODE = "3KF956KB3FBE4NIYPQTYKYGF66NHDJ";

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

describe("what a refused form gets back to show again", () => {
  it("a refused step 3 sends back no WooCommerce key and no Ticimax code", async () => {
    const woo = await saveIntegrationStepAction(
      null,
      form({ platform: "woocommerce", siteUrl: "http://magaza.com", consumerKey: WOO_KEY, consumerSecret: WOO_SECRET }),
    );
    expect(woo).toMatchObject({ ok: false, fieldErrors: { siteUrl: [expect.stringContaining("https://")] } });
    expect(JSON.stringify(woo)).not.toContain(WOO_KEY);
    expect(JSON.stringify(woo)).not.toContain(WOO_SECRET);

    const ticimax = await saveIntegrationStepAction(
      null,
      form({ platform: "ticimax", siteUrl: "http://magaza.com", authCode: TICIMAX_CODE }),
    );
    expect(ticimax).toMatchObject({ ok: false, fieldErrors: { siteUrl: [expect.stringContaining("https://")] } });
    expect(JSON.stringify(ticimax)).not.toContain(TICIMAX_CODE);
  });

  it("only the fields an action declares come back, so the no-JavaScript form can show them again", async () => {
    const refused = await submitQuoteAction(
      null,
      quoteForm({ email: "not-an-e-mail", specialRequirements: "Kırılgan şişeler", apiKey: "sk_live_gizli_deger" }),
    );
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.any(String)] },
      values: {
        companyName: "Örnek Tekstil Ltd. Şti.",
        email: "not-an-e-mail",
        productTypes: ["Giyim", "Kozmetik"],
        specialRequirements: "Kırılgan şişeler",
      },
    });
    expect(JSON.stringify(refused)).not.toContain("sk_live_gizli_deger");

    const signIn = await signInAction(null, form({ email: "ayse@", password: "Cok-Gizli-Sifre-2026", next: "/panel" }));
    expect(signIn).toMatchObject({ ok: false, values: { email: "ayse@" } });
    expect(JSON.stringify(signIn)).not.toContain("Cok-Gizli-Sifre-2026");
  });

  it("a refusal by the rules (not the form's schema) sends the declared fields back too", async () => {
    // The dialog stays open on the field to fix: its other fields must keep what was chosen.
    const { admin } = await twoCustomers();
    signInAs(sessionOf(admin));
    const refused = await changeServiceTypeAction(
      null,
      form({ customerId: ids.customerA, serviceType: "custom", contractPrice: "" }),
    );
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { contractPrice: ["Size özel hizmet için önce sözleşme fiyatını girin."] },
      values: { serviceType: "custom", contractPrice: "" },
    });
    expect(JSON.stringify(refused)).not.toContain(ids.customerA);
  });
});
