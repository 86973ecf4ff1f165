import { Link } from "@/components/ui/link";
import { SiteShell } from "@/components/layout/site-shell";
import { buttonVariants } from "@/components/ui/button";

// The root not-found page is part of every page's tree as its 404 fallback, so it must not read the
// request (the session cookie): it would make every page render per request, `/` included. Its
// header asks for the session in the browser.
export default function NotFound() {
  return (
    <SiteShell account="browser">
      <div className="flex flex-col items-start gap-4 py-16">
        <p className="text-sm font-semibold text-muted-foreground">404</p>
        <h1 className="text-3xl font-bold">Sayfa bulunamadı</h1>
        <p className="text-muted-foreground">Aradığınız sayfa taşınmış ya da hiç var olmamış olabilir.</p>
        <Link href="/" className={buttonVariants({ size: "lg" })}>
          Ana sayfaya dön
        </Link>
      </div>
    </SiteShell>
  );
}
