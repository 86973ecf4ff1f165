/**
 * How a menu item relates to the page shown: `page` on the item of this very page; `true` on the
 * section a deeper page belongs to (an order's page is in Siparişler). The area's home (`/panel`)
 * is current only on itself, or it would be current everywhere.
 */
export function currentState(pathname: string, href: string, home: string): "page" | "true" | undefined {
  if (pathname === href) return "page";
  if (href !== home && pathname.startsWith(`${href}/`)) return "true";
  return undefined;
}
