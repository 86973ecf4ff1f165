import { Link } from "@/components/ui/link";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export const headerLinkClass =
  "rounded-md px-2 py-1.5 text-sm font-medium text-stone-700 hover:bg-muted hover:text-foreground";

/** A visitor is offered to sign up or sign in. */
export function GuestLinks() {
  return (
    <>
      <li>
        <Link href="/basla" className={headerLinkClass}>
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

export const panelLinkClass = cn(buttonVariants({ size: "sm" }), "ml-1");

/** A signed-in visitor goes to their own area instead. */
export function PanelLink({ href }: { href: "/panel" | "/yonetim" }) {
  return (
    <li>
      <Link href={href} className={panelLinkClass}>
        Panelim
      </Link>
    </li>
  );
}
