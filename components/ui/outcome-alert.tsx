"use client";

import { useEffect, useRef } from "react";
import { Alert } from "./alert";

/**
 * An action's success whose form or button left the page with it (a redirect, a section a paid
 * invoice no longer has, a withdrawn row): a success Alert that takes the focus when it appears, or
 * the focus would start over at the top of the page; `of` is the answer shown, so a new answer with
 * the same words takes it again. When a redirect
 * carried the answer in a flag of the address (`?yeni=1`, `?sonuc=teklif`), `param` names it: it is
 * dropped from the address, so a reload or a shared link does not say it again, nor does the page's
 * refresh after a later action on it (cancelling the order just created): the new state is not Next's
 * own (no `__NA`), so its router takes the new address as the page's.
 */
export function OutcomeAlert({ param, of, children }: { param?: string; of?: unknown; children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
    if (!param) return;
    const url = new URL(window.location.href);
    if (!url.searchParams.has(param)) return;
    url.searchParams.delete(param);
    window.history.replaceState(null, "", url);
  }, [param, of]);
  return (
    <div ref={box} tabIndex={-1} className="rounded-lg outline-offset-2">
      <Alert tone="success">{children}</Alert>
    </div>
  );
}
