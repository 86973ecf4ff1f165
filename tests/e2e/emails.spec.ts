import { expect, test } from "@playwright/test";
import { renderEmail, templates, type TemplateName } from "@/emails";

// A long address and link with nothing to break at: what phones get in real alerts and notices.
const LONG_ADDRESS = "muhasebe.departmani.yetkilisi@anadolukozmetiksanayiveticaret.com.tr";

test("every e-mail fits a 360 px phone, a long unbroken value included", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const name of Object.keys(templates) as TemplateName[]) {
    const preview = (templates[name].component as { PreviewProps?: Record<string, unknown> }).PreviewProps;
    expect(preview, `${name} has PreviewProps`).toBeDefined();
    const data =
      name === "ops-alert"
        ? {
            ...preview,
            details: [
              { label: "İşlemi yapan", value: LONG_ADDRESS },
              { label: "Paket", value: "40" },
            ],
          }
        : preview;
    const { html } = await renderEmail(name, data);
    await page.setContent(html);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
  }
});
