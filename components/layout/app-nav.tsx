"use client";

import { LoaderCircle } from "lucide-react";
import { useLinkStatus } from "next/link";
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { currentState } from "./current-item";

export type NavItem = { href: string; label: string; icon: React.ReactNode };

/** While the page a menu link leads to is on its way: a spinner on that link. */
function Pending() {
  const { pending } = useLinkStatus();
  return pending ? <LoaderCircle aria-hidden="true" className="ml-auto animate-spin" /> : null;
}

/**
 * An area's menu (the desktop sidebar and the phone sheet render the same one). A client component
 * to know the current path (the server renders it with `aria-current` already set) and to show
 * which link is loading its page.
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
                // In the phone's sheet: a link to the page shown closes it at once; another closes it
                // when its page has come (Sheet watches the path), the spinner showing until then.
                onClick={(event) => {
                  if (current === "page") event.currentTarget.closest("dialog")?.close();
                }}
                className={cn(
                  "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors [&_svg]:size-4 [&_svg]:shrink-0",
                  current
                    ? "bg-secondary text-secondary-foreground [&_svg]:text-primary"
                    : "text-muted-foreground hover:bg-muted hover:text-foreground",
                )}
              >
                {item.icon}
                {item.label}
                <Pending />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
