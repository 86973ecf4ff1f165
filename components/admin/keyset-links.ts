import { encodeCursor, type Cursor } from "@/lib/list-params";

type Params = Readonly<Record<string, string | undefined>>;

/** `path?filters&sonra=…`: the list's filters with the keyset position of the page to show. */
export function keysetHref(path: string, params: Params, cursor: Cursor | null): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === "sonra" || key === "once" || key === "sayfa" || value === undefined || value === "") continue;
    search.set(key, value);
  }
  if (cursor) search.set(cursor.direction === "after" ? "sonra" : "once", encodeCursor(cursor.key));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** A keyset DataTable's pager links (`list.keyset`) for a list whose filters are the raw query parameters. */
export function keysetLinks(path: string, params: Params, page: { next: Cursor | null; previous: Cursor | null }) {
  return {
    first: page.previous ? keysetHref(path, params, null) : null,
    previous: page.previous ? keysetHref(path, params, page.previous) : null,
    next: page.next ? keysetHref(path, params, page.next) : null,
  };
}
