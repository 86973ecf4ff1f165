import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const PHONE = { width: 360, height: 780 };

/**
 * The page fits a 360 px wide phone: nothing makes it scroll sideways. On failure it names the
 * elements that stick out, which is what one needs to fix it.
 */
export async function expectNoHorizontalScroll(page: Page) {
  const viewport = page.viewportSize();
  if (viewport?.width !== PHONE.width) await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits: string[] = [];
    for (const element of document.body.querySelectorAll<HTMLElement>("*")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      // Only the outermost culprit: its children stick out because it does.
      if (culprits.length > 0 && element.parentElement?.dataset.overflows === "1") continue;
      element.dataset.overflows = "1";
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${[...element.classList].slice(0, 3).join(".")}`;
      culprits.push(`${name} (right edge ${Math.round(box.right)} px)`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 5) };
  });
  expect(
    overflow.scrollWidth,
    `${page.url()} is ${overflow.scrollWidth} px wide at ${overflow.width} px: ${overflow.culprits.join(", ")}`,
  ).toBeLessThanOrEqual(overflow.width);
}

/**
 * axe-core finds no serious or critical violation of WCAG 2.2 A/AA on the page as it is now.
 * `exclude`: parts that are not the app's own markup, such as a stored e-mail shown in a script-less
 * sandboxed frame (axe cannot run inside one and waits for it until the test times out).
 */
export async function expectNoSeriousA11yViolations(page: Page, options: { exclude?: string[] } = {}) {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  for (const selector of options.exclude ?? []) builder.exclude(selector);
  const results = await builder.analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  expect(serious, `${page.url()}: ${serious.join("\n")}`).toEqual([]);
}
