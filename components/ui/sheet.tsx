"use client";

import { X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { cn } from "./cn";
import { CommandButton } from "./command-button";

const sides = {
  left: "mr-auto border-r open:translate-x-0 -translate-x-full starting:open:-translate-x-full",
  right: "ml-auto border-l open:translate-x-0 translate-x-full starting:open:translate-x-full",
} as const;

/**
 * A panel that slides in from the side, over the page: the phone's menu. A native modal <dialog>
 * opened by a `CommandButton` (`dialog={id} command="show-modal"`), so it opens without JavaScript in
 * current browsers; the browser moves focus into it, keeps Tab inside, closes it on Escape and gives
 * focus back to the button. With JavaScript it also closes on a click beside it and after a link in
 * it led elsewhere.
 */
export function Sheet({
  id,
  title,
  side = "left",
  className,
  children,
}: {
  id: string;
  /** Names the dialog and heads it ("Menü"). */
  title: string;
  side?: keyof typeof sides;
  className?: string;
  children: React.ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    dialog.current?.close();
  }, [pathname]);
  return (
    <dialog
      id={id}
      ref={dialog}
      aria-labelledby={`${id}-baslik`}
      closedby="any"
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself; the panel's content fills it otherwise.
        if (event.target === event.currentTarget) dialog.current?.close();
      }}
      className={cn(
        "fixed inset-y-0 m-0 h-dvh max-h-none w-[min(20rem,calc(100vw-3rem))] max-w-none border-border bg-card p-0 text-foreground shadow-xl backdrop:bg-stone-950/50",
        "transition-[translate,display,overlay] transition-discrete duration-200 ease-out motion-reduce:transition-none",
        sides[side],
        className,
      )}
    >
      <div className="flex h-full flex-col">
        <div className="flex h-14 shrink-0 items-center justify-between gap-3 border-b border-border px-4">
          <p id={`${id}-baslik`} className="font-semibold">
            {title}
          </p>
          <CommandButton dialog={id} command="close" variant="ghost" size="icon" aria-label="Menüyü kapat">
            <X aria-hidden="true" />
          </CommandButton>
        </div>
        <div className="flex-1 overflow-y-auto">{children}</div>
      </div>
    </dialog>
  );
}
