import { Menu } from "lucide-react";
import { CommandButton } from "@/components/ui/command-button";
import { Sheet } from "@/components/ui/sheet";
import { AppNav, type NavItem } from "./app-nav";
import { Brand } from "./brand";
import { UserMenu } from "./user-menu";

export type { NavItem } from "./app-nav";

const SHEET_ID = "uygulama-menusu";

/**
 * The frame of the signed-in areas (portal and admin): on a desktop a sidebar with the area's menu;
 * on a phone a top bar whose `Menü` button opens the same menu in a sheet. The user menu sits at
 * the top right on both. Server-rendered; the client parts are the menu (to mark the current page),
 * the sheet and the user menu, none of which needs JavaScript to work.
 */
export function AppFrame({
  area,
  home,
  items,
  user,
  accountHref,
  children,
}: {
  /** The area's name ("Müşteri paneli", "Yönetim"); the menu is "<area> menüsü". */
  area: string;
  home: string;
  items: readonly NavItem[];
  user: { name: string; email: string };
  accountHref: string;
  children: React.ReactNode;
}) {
  const label = `${area} menüsü`;
  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[16rem_minmax(0,1fr)]">
      <aside className="hidden border-r border-border bg-card lg:block">
        <div className="sticky top-0 flex h-dvh flex-col">
          <div className="flex h-16 shrink-0 items-center border-b border-border px-5">
            <Brand href={home} area={area} />
          </div>
          <div className="flex-1 overflow-y-auto">
            <AppNav items={items} label={label} home={home} />
          </div>
        </div>
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b border-border bg-card/95 px-3 backdrop-blur sm:px-4 lg:h-16 lg:px-8">
          <CommandButton
            dialog={SHEET_ID}
            command="show-modal"
            variant="ghost"
            size="icon"
            aria-label="Menü"
            className="lg:hidden"
          >
            <Menu aria-hidden="true" className="size-5!" />
          </CommandButton>
          <Brand href={home} area={area} className="lg:hidden" />
          <div className="ml-auto flex items-center">
            <UserMenu name={user.name} email={user.email} accountHref={accountHref} />
          </div>
        </header>
        <main id="icerik" className="mx-auto flex w-full max-w-6xl flex-1 flex-col px-4 py-6 sm:px-6 lg:px-8 lg:py-8">
          {children}
        </main>
      </div>
      <Sheet id={SHEET_ID} title={label}>
        <AppNav items={items} label={label} home={home} />
      </Sheet>
    </div>
  );
}
