"use client";

import { useEffect, useRef } from "react";
import { Alert } from "./alert";

/**
 * The answer of an action that redirected to a page, carried by a flag in its address (`?yeni=1`,
 * `?sonuc=teklif`): shown as a success Alert that takes the focus (the click that sent the form left
 * the page, so the focus would start over at the top) and drops the flag from the address, so a
 * reload or a shared link does not say it again.
 */
export function OutcomeAlert({ param, children }: { param: string; children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
    const url = new URL(window.location.href);
    if (!url.searchParams.has(param)) return;
    url.searchParams.delete(param);
    window.history.replaceState(window.history.state, "", url);
  }, [param]);
  return (
    <div ref={box} tabIndex={-1} className="rounded-lg outline-offset-2">
      <Alert tone="success">{children}</Alert>
    </div>
  );
}
