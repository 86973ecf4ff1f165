import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";

const itemClass =
  "inline-flex h-9 items-center justify-center gap-1 rounded-md border border-border bg-card px-3 text-sm font-medium hover:bg-muted";

/**
 * A keyset list's way back and on: no page numbers (a page is a position in the list's order, so a
 * late page costs what the first does), a link each way or a dimmed label at either end.
 */
export function KeysetPager({ previous, next }: { previous: string | null; next: string | null }) {
  if (!previous && !next) return null;
  const disabled = cn(itemClass, "pointer-events-none opacity-50");
  return (
    <nav aria-label="Sayfalar" className="flex items-center justify-center gap-2">
      {previous ? (
        <Link href={previous} rel="prev" className={itemClass}>
          <ChevronLeft aria-hidden="true" className="size-4" />
          Önceki
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          <ChevronLeft aria-hidden="true" className="size-4" />
          Önceki
        </span>
      )}
      {next ? (
        <Link href={next} rel="next" className={itemClass}>
          Sonraki
          <ChevronRight aria-hidden="true" className="size-4" />
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          Sonraki
          <ChevronRight aria-hidden="true" className="size-4" />
        </span>
      )}
    </nav>
  );
}
