import { FileQuestion } from "lucide-react";
import { Link } from "@/components/ui/link";
import { buttonVariants } from "@/components/ui/button";

/**
 * A wrong address or id inside the portal or the admin: the area's own page, inside its frame and
 * menu (the layout renders it), with the way back. The status is 404 because nothing streams
 * before the page calls notFound(): the areas have no loading.tsx. A loading boundary sends the
 * response's head (200) first, and shows a page without JavaScript only as its skeleton (React
 * swaps the content in by script); both measured on this frame. Navigation feedback comes from
 * the menu instead (useLinkStatus in AppNav).
 */
export function AreaNotFound({ home, homeLabel }: { home: string; homeLabel: string }) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-4 py-12 text-center">
      <span
        aria-hidden="true"
        className="flex size-14 items-center justify-center rounded-full bg-muted text-muted-foreground"
      >
        <FileQuestion className="size-7" />
      </span>
      <p className="text-sm font-semibold text-muted-foreground">404</p>
      <h1 className="text-2xl font-bold tracking-tight">Aradığınız kayıt bulunamadı</h1>
      <p className="max-w-md text-muted-foreground">
        Bağlantı eksik ya da hatalı olabilir, kayıt silinmiş olabilir ya da bu hesapla görüntülenemiyor olabilir.
      </p>
      <Link href={home} className={buttonVariants()}>
        {homeLabel}
      </Link>
    </div>
  );
}
