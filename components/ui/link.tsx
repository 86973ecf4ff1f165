import NextLink from "next/link";

/**
 * The app's link: Next.js's `Link` (the page opens through the client-side router, no full reload)
 * without prefetching. Next.js prefetches every link that comes into view or is hovered; almost every
 * page here is rendered per request (signed in, read from the database), so each prefetch renders at
 * least the page's frame and session check on the server for a link that is mostly never followed.
 * Measured on a production build: one view of the operations customer list sent 34 prefetches and cost
 * the server 368 ms of CPU instead of 58 ms. A link to a prerendered page (the landing page, the legal
 * texts) asks for it with `prefetch="auto"`: those cost the server nothing. The many links of one
 * server-drawn list are plain `<a>` inside a `RouterLinks` instead (router-links.tsx).
 */
export function Link({ prefetch = false, ...props }: React.ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
