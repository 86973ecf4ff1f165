"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { currentState } from "./current-item";

export type NavItem = { href: string; label: string; icon: React.ReactNode };

/**
 * An area's menu (the desktop sidebar and the phone sheet render the same one). A client component
 * only to know the current path; the server renders it with `aria-current` already set.
 */
export function AppNav({ items, label, home }: { items: readonly NavItem[]; label: string; home: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-col gap-0.5 p-3">
        {items.map((item) => {
          const current = currentState(pathname, item.href, home);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current}
                // In the phone's sheet: close it, also when the link is to the page already shown.
                onClick={(event) => event.currentTarget.closest("dialog")?.close()}
                className={cn(
                  "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors [&_svg]:size-4 [&_svg]:shrink-0",
                  current
                    ? "bg-secondary text-secondary-foreground [&_svg]:text-primary"
                    : "text-muted-foreground hover:bg-muted hover:text-foreground",
                )}
              >
                {item.icon}
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
