import { ListPageSkeleton } from "@/components/layout/page-skeleton";

// Only on pages with no id below them: a loading boundary starts the response (status 200) before
// the page runs, so a page that can be "not found" must not sit under one (see AreaNotFound).
export default function Loading() {
  return <ListPageSkeleton />;
}
