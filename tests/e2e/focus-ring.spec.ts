import { expect, test, type Locator, type Page } from "@playwright/test";

type Ring = {
  focusVisible: boolean;
  style: string;
  width: number;
  offset: number;
  ring: string;
  fill: string;
  behind: string;
};

/**
 * The keyboard's focus on an element as drawn: its outline, its own fill (a transparent one reads as
 * what is behind it) and the colour behind the ring (the nearest ancestor with a background).
 */
async function focusRing(page: Page, element: Locator): Promise<Ring> {
  // Focus moved by the keyboard first, so the browser shows it (:focus-visible) as it would to a keyboard user.
  await page.keyboard.press("Tab");
  await element.focus();
  return element.evaluate(async (node) => {
    await Promise.all(node.getAnimations().map((animation) => animation.finished));
    const opaque = (from: Element | null) => {
      for (let at = from; at; at = at.parentElement) {
        const colour = getComputedStyle(at).backgroundColor;
        if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") return colour;
      }
      return "rgb(255, 255, 255)";
    };
    const style = getComputedStyle(node);
    return {
      focusVisible: node.matches(":focus-visible"),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      offset: parseFloat(style.outlineOffset),
      ring: style.outlineColor,
      fill: opaque(node),
      behind: opaque(node.parentElement),
    };
  });
}

/** WCAG's contrast ratio of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const value = Number(part) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * A 2 px ring at least, drawn outside the element, that stands out from what is behind it (3:1, WCAG
 * 2.2's focus appearance). Around a button filled with the brand's green it is no shade of that green
 * either: a green ring 2 px outside a green button read as the button's own edge (1.4:1).
 */
function expectClearRing(name: string, ring: Ring, { filled = false }: { filled?: boolean } = {}) {
  expect(ring.focusVisible, `${name}: focus shown`).toBe(true);
  expect(ring.style, `${name}: outline style`).toBe("solid");
  expect(ring.width, `${name}: outline width`).toBeGreaterThanOrEqual(2);
  expect(ring.offset, `${name}: outline offset`).toBeGreaterThanOrEqual(2);
  expect(contrast(ring.ring, ring.behind), `${name}: ring ${ring.ring} on ${ring.behind}`).toBeGreaterThanOrEqual(3);
  if (filled) {
    expect(contrast(ring.ring, ring.fill), `${name}: ring ${ring.ring} around ${ring.fill}`).toBeGreaterThanOrEqual(2);
  }
}

test("keyboard focus on the landing page's buttons and button links shows a ring that stands out", async ({ page }) => {
  await page.goto("/");
  const main = page.getByRole("main");
  const elements: [string, Locator, boolean][] = [
    ["primary link", main.getByRole("link", { name: "Teklif al" }).first(), true],
    ["outline link", main.getByRole("link", { name: "Hemen başla" }), false],
    ["calculator button", main.getByRole("button", { name: "Hesapla" }), true],
    // The closing call sits on the brand's green: the ring there must stand out from green too.
    ["white link on green", main.getByRole("link", { name: "Teklif al" }).last(), false],
    ["outlined link on green", main.getByRole("link", { name: "Başla", exact: true }), false],
  ];
  for (const [name, element, filled] of elements) expectClearRing(name, await focusRing(page, element), { filled });
});

test("keyboard focus on a form's primary button shows a ring that stands out", async ({ page }) => {
  await page.goto("/giris");
  expectClearRing("Giriş yap", await focusRing(page, page.getByRole("button", { name: "Giriş yap" })), {
    filled: true,
  });
  await page.goto("/basla");
  expectClearRing("İleri", await focusRing(page, page.getByRole("button", { name: "İleri" })), { filled: true });
});
