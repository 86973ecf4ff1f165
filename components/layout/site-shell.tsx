import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The public pages' frame: header with navigation, main content, footer. */
export function SiteShell({
  children,
  account,
}: {
  children: React.ReactNode;
  /** "browser" on pages prerendered at build (see SiteHeader). */
  account?: "server" | "browser";
}) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader account={account} />
      <main id="icerik" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
