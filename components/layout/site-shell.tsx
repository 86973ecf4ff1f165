import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The public pages' frame: header with navigation, main content, footer. */
export function SiteShell({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="icerik" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
