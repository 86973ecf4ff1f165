"use client";

import { ChevronDown, LogOut, UserRound } from "lucide-react";
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { SignOutButton } from "@/components/auth/sign-out-buttons";

const MENU_ID = "kullanici-menusu";

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toLocaleUpperCase("tr-TR"));
  return letters.join("") || "?";
}

const itemClass =
  "flex w-full items-center gap-2.5 rounded-md px-3 py-2 text-left text-sm font-medium hover:bg-muted [&_svg]:size-4 [&_svg]:text-muted-foreground";

/**
 * Who is signed in, their account page and `Çıkış`. A native popover (`popovertarget`): it opens
 * without JavaScript, closes on Escape or a click elsewhere, and its links follow its button in the
 * Tab order. With JavaScript it also closes after a link in it led elsewhere.
 */
export function UserMenu({ name, email, accountHref }: { name: string; email: string; accountHref: string }) {
  const menu = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (menu.current?.matches(":popover-open")) menu.current.hidePopover();
  }, [pathname]);
  return (
    <>
      <button
        type="button"
        popoverTarget={MENU_ID}
        className="flex min-w-0 items-center gap-2 rounded-full py-1 pr-2 pl-1 text-sm font-medium hover:bg-muted"
      >
        <span
          aria-hidden="true"
          className="flex size-8 shrink-0 items-center justify-center rounded-full bg-secondary text-xs font-bold text-secondary-foreground"
        >
          {initials(name)}
        </span>
        <span className="max-w-48 truncate max-sm:sr-only">{name}</span>
        <ChevronDown aria-hidden="true" className="size-4 text-muted-foreground" />
      </button>
      <div
        id={MENU_ID}
        ref={menu}
        popover="auto"
        className="fixed inset-auto top-15 right-3 m-0 w-[min(18rem,calc(100vw-1.5rem))] rounded-lg border border-border bg-popover p-1 text-popover-foreground shadow-lg"
      >
        <div className="flex flex-col gap-0.5 px-3 py-2.5">
          <p className="truncate text-sm font-semibold">{name}</p>
          <p className="truncate text-sm text-muted-foreground">{email}</p>
        </div>
        <div className="-mx-1 my-1 h-px bg-border" />
        <Link href={accountHref} className={itemClass}>
          <UserRound aria-hidden="true" />
          Hesabım
        </Link>
        <SignOutButton className={itemClass} icon={<LogOut aria-hidden="true" />} />
      </div>
    </>
  );
}
