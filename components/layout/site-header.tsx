import { Link } from "@/components/ui/link";
import { Suspense } from "react";
import { currentUser } from "@/lib/auth/session";
import { ServiceUnavailableError } from "@/lib/service-unavailable";
import { GuestLinks, headerLinkClass, PanelLink, panelLinkClass } from "./account-links";
import { Brand } from "./brand";
import { BrowserAccountLinks } from "./browser-account-links";

// The landing page is prerendered: prefetching it costs the server nothing (components/ui/link.tsx).
const publicLinks = [
  { href: "/#fiyatlandirma", label: "Fiyatlandırma", prefetch: "auto" as const },
  { href: "/teklif-al", label: "Teklif al" },
];

/** A signed-in visitor goes to their own area instead of being offered to sign in or sign up. */
async function AccountLinks() {
  let user = null;
  try {
    user = await currentUser();
  } catch (error) {
    // The database is down: the public page still renders, as for a visitor.
    if (!(error instanceof ServiceUnavailableError)) throw error;
  }
  if (!user) return <GuestLinks />;
  return <PanelLink href={user.role === "admin" ? "/yonetim" : "/panel"} />;
}

/**
 * `account="browser"` on pages prerendered at build: the session is asked for in the browser, so
 * reading the cookie does not make the page render on every request.
 */
export function SiteHeader({ account = "server" }: { account?: "server" | "browser" }) {
  return (
    <header className="border-b border-border bg-card">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Brand />
        <nav aria-label="Ana menü">
          <ul className="flex flex-wrap items-center gap-x-1 gap-y-1">
            {publicLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href} prefetch={link.prefetch} className={headerLinkClass}>
                  {link.label}
                </Link>
              </li>
            ))}
            {/* The session is read in its own boundary, so the rest of the page need not wait for it. */}
            {account === "browser" ? (
              <BrowserAccountLinks guest={<GuestLinks />} panelClassName={panelLinkClass} />
            ) : (
              <Suspense fallback={<GuestLinks />}>
                <AccountLinks />
              </Suspense>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
