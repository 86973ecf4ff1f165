import Link from "next/link";
import { Suspense } from "react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { currentUser } from "@/lib/auth/session";
import { ServiceUnavailableError } from "@/lib/service-unavailable";
import { Brand } from "./brand";

const linkClass = "rounded-md px-2 py-1.5 text-sm font-medium text-stone-700 hover:bg-muted hover:text-foreground";

const publicLinks = [
  { href: "/#fiyatlandirma", label: "Fiyatlandırma" },
  { href: "/teklif-al", label: "Teklif al" },
];

function GuestLinks() {
  return (
    <>
      <li>
        <Link href="/basla" className={linkClass}>
          Başla
        </Link>
      </li>
      <li>
        <Link href="/giris" className={cn(buttonVariants({ variant: "outline", size: "sm" }), "ml-1")}>
          Giriş
        </Link>
      </li>
    </>
  );
}

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
  return (
    <li>
      <Link href={user.role === "admin" ? "/yonetim" : "/panel"} className={cn(buttonVariants({ size: "sm" }), "ml-1")}>
        Panelim
      </Link>
    </li>
  );
}

export function SiteHeader() {
  return (
    <header className="border-b border-border bg-card">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Brand />
        <nav aria-label="Ana menü">
          <ul className="flex flex-wrap items-center gap-x-1 gap-y-1">
            {publicLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={linkClass}>
                  {link.label}
                </Link>
              </li>
            ))}
            {/* The session is read in its own boundary, so the rest of the page need not wait for it. */}
            <Suspense fallback={<GuestLinks />}>
              <AccountLinks />
            </Suspense>
          </ul>
        </nav>
      </div>
    </header>
  );
}
