import type { Page } from "@playwright/test";

/** Opens the app frame's user menu (the button with the user's name at the top right). */
export async function openUserMenu(page: Page) {
  await page.getByRole("banner").locator("button[popovertarget]").click();
}

/** `Çıkış`, which lives in the user menu. */
export async function signOutFromMenu(page: Page) {
  await openUserMenu(page);
  await page.getByRole("button", { name: "Çıkış" }).click();
}
