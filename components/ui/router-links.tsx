"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";

/**
 * Where the browser would open a click on `target` inside `area` itself, and the app can instead: the
 * path, query and hash of a plain same-origin link (HTML or SVG `<a href>`) clicked with the main
 * button and no modifier, not opened elsewhere (`target`), not a download and not already handled (a
 * `Link` inside prevents the default itself). Otherwise null: the browser does what it always does.
 */
function routerTarget(event: MouseEvent, area: Element, origin: string): string | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!anchor || !area.contains(anchor)) return null;
  const target = anchor.getAttribute("target");
  if ((target && target !== "_self") || anchor.hasAttribute("download")) return null;
  const url = new URL(anchor.getAttribute("href") ?? "", anchor.ownerDocument.baseURI);
  if (url.origin !== origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The client-side router for the plain links of a server-drawn list: a click on an `<a href>` inside
 * opens its page as Next.js's `Link` would (no full reload), and before the script runs, or with a
 * modifier key, the link is an ordinary link. Keyboard users lose nothing: Enter on a link is a click.
 *
 * Why not a `Link` per row: each one is a client component that the server renders (hooks, a context
 * provider) and the browser hydrates. Measured on the production build, the operations customer list
 * with its 20 row links and its sort and page links as `Link`s cost the server about 3 ms of CPU more
 * per view than with plain links (×1.28 against ×1.12 of an empty page's CPU). One of these per list
 * costs what one link does. Lists, short lists and figure cards draw plain `<a>` inside one; a link
 * that needs `Link`'s own features (prefetching a prerendered page, `useLinkStatus`) stays a `Link`.
 */
export function RouterLinks({ className, children }: { className?: string; children: React.ReactNode }) {
  const router = useRouter();
  // A ref callback, not onClick on the div: the links are the controls, the div only listens.
  const listen = useCallback(
    (area: HTMLDivElement) => {
      function onClick(event: MouseEvent) {
        const href = routerTarget(event, area, window.location.origin);
        if (href === null) return;
        event.preventDefault();
        router.push(href);
      }
      area.addEventListener("click", onClick);
      return () => area.removeEventListener("click", onClick);
    },
    [router],
  );
  return (
    <div ref={listen} className={className}>
      {children}
    </div>
  );
}
