import { Link } from "@/components/ui/link";
import { cn } from "@/components/ui/cn";

/** The mark: a pergola's roof (çardak) over a parcel. The same drawing as app/icon.svg. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" className={cn("size-8 shrink-0", className)}>
      <rect width="64" height="64" rx="14" fill="#17613c" />
      <g fill="none" stroke="#fff" strokeWidth="4.5" strokeLinecap="round" strokeLinejoin="round">
        <path d="M12 27 32 14l20 13" />
        <rect x="19" y="31" width="26" height="20" rx="2.5" />
        <path d="M32 31v8" />
      </g>
    </svg>
  );
}

/** The mark and the name, linking home; `area` names the part of the app ("Yönetim"). */
export function Brand({ href = "/", area, className }: { href?: string; area?: string; className?: string }) {
  return (
    <Link
      href={href}
      // The prerendered landing page is free to prefetch; an area's home is rendered per request.
      prefetch={href === "/" ? "auto" : undefined}
      className={cn("flex min-w-0 items-center gap-2.5 rounded-md", className)}
    >
      <BrandMark />
      <span className="flex min-w-0 flex-col leading-tight">
        <span className="truncate font-bold text-brand-800">Çardak Paketleme</span>
        {area && <span className="truncate text-xs font-medium text-muted-foreground">{area}</span>}
      </span>
    </Link>
  );
}
