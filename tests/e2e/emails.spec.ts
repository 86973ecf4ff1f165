import { expect, test } from "@playwright/test";
import { renderEmail, templates, type TemplateName } from "@/emails";

// A long address and link with nothing to break at: what phones get in real alerts and notices.
const LONG_ADDRESS = "muhasebe.departmani.yetkilisi@anadolukozmetiksanayiveticaret.com.tr";
// A link as long as one sent (the previews' links are short): the site's address and its token.
const longLink = (url: string) =>
  `${url.replace(/\/+$/, "")}/${"Xk3v9QzR7pLm2NwT8yHb4JcF6dGs1AeU5oKi0VrYtWq".repeat(2)}`;
/** Every link of the preview made as long as a real one. */
const withLongLinks = (props: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(props).map(([key, value]) => [
      key,
      typeof value === "string" && /^https?:\/\//.test(value) ? longLink(value) : value,
    ]),
  );

test("every e-mail fits a 360 px phone, a long unbroken value or link included", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const name of Object.keys(templates) as TemplateName[]) {
    const preview = (templates[name].component as { PreviewProps?: Record<string, unknown> }).PreviewProps;
    expect(preview, `${name} has PreviewProps`).toBeDefined();
    const data =
      name === "ops-alert"
        ? {
            ...withLongLinks(preview!),
            details: [
              { label: "İşlemi yapan", value: LONG_ADDRESS },
              { label: "Paket", value: "40" },
            ],
          }
        : withLongLinks(preview!);
    const { html } = await renderEmail(name, data);
    await page.setContent(html);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
  }
});
