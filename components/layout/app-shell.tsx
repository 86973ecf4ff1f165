import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-buttons";

export type NavLink = { href: string; label: string };

/** The signed-in areas' frame (portal and admin): their own navigation, the user and sign-out. */
export function AppShell({
  title,
  links,
  userLabel,
  children,
}: {
  title: string;
  links: NavLink[];
  userLabel: string;
  children: React.ReactNode;
}) {
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <div className="flex items-baseline gap-3">
            <Link href="/" className="text-lg font-bold text-brand-700">
              Çardak Paketleme
            </Link>
            <span className="text-sm text-stone-500">{title}</span>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-stone-600">{userLabel}</span>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label={`${title} menüsü`} className="mx-auto max-w-6xl px-4 pb-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="rounded px-1 py-1 hover:text-brand-700">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="icerik" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
