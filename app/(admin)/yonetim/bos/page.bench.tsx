import { requireAdmin } from "@/lib/auth/session";

/**
 * The empty dynamic page that tests/bench/admin-http.ts measures each operations page against: the
 * admin frame, the session check and the HTML of both, nothing read or shown. It is a route only in
 * a build made with BENCH_PAGES=1 (next.config.mjs); in any other build `/yonetim/bos` is the admin's
 * 404. An unknown address is no such page: `notFound()` answers with Next.js's error shell, whose
 * HTML holds no frame (the browser draws it from the payload), so it skips the server's HTML render
 * that every real page does.
 */
export default async function EmptyBenchPage() {
  await requireAdmin();
  return null;
}
