import { SiteShell } from "@/components/layout/site-shell";

/**
 * Public pages prerendered at build and served as files (the landing page, the legal texts): nothing
 * here reads the request; the header asks for the session in the browser.
 */
export default function StaticLayout({ children }: { children: React.ReactNode }) {
  return <SiteShell account="browser">{children}</SiteShell>;
}
