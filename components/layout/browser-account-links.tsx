"use client";

import { Link } from "@/components/ui/link";
import { useEffect, useState } from "react";

type SessionAnswer = { user?: { id?: string; role?: "customer" | "admin" }; unavailable?: boolean } | null;

/**
 * The account links of a page prerendered at build (the landing page, the legal texts), which
 * cannot read the visitor's cookie on the server: the guest links first, then Auth.js's own session
 * endpoint tells a signed-in visitor's browser where their area is. The links and the button's
 * classes come from the server, so the class merging stays out of the page's JavaScript.
 */
export function BrowserAccountLinks({ guest, panelClassName }: { guest: React.ReactNode; panelClassName: string }) {
  const [area, setArea] = useState<"/panel" | "/yonetim" | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/auth/session", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<SessionAnswer>) : null))
      .then((session) => {
        if (session?.user?.id && !session.unavailable) setArea(session.user.role === "admin" ? "/yonetim" : "/panel");
      })
      // Unknown is a visitor: the guest links stay.
      .catch(() => {});
    return () => controller.abort();
  }, []);
  if (!area) return guest;
  return (
    <li>
      <Link href={area} className={panelClassName}>
        Panelim
      </Link>
    </li>
  );
}
