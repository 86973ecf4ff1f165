import { Skeleton } from "@/components/ui/skeleton";

/** What a loading page says to a screen reader; the grey blocks are hidden from it. */
function Loading() {
  return (
    <p role="status" className="sr-only">
      Yükleniyor…
    </p>
  );
}

function HeaderSkeleton() {
  return (
    <div className="flex flex-col gap-2">
      <Skeleton className="h-8 w-56 max-w-full" />
      <Skeleton className="h-4 w-80 max-w-full" />
    </div>
  );
}

/** A list page on its way: title, filters, rows. */
export function ListPageSkeleton() {
  return (
    <div className="flex flex-col gap-6">
      <Loading />
      <HeaderSkeleton />
      <Skeleton className="h-20 w-full" />
      <div className="flex flex-col gap-2">
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} className="h-12 w-full" />
        ))}
      </div>
    </div>
  );
}

/** A dashboard or a detail page on its way: title and a few cards. */
export function CardsPageSkeleton() {
  return (
    <div className="flex flex-col gap-6">
      <Loading />
      <HeaderSkeleton />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} className="h-32 w-full" />
        ))}
      </div>
      <Skeleton className="h-64 w-full" />
    </div>
  );
}
