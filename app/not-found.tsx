import { SiteShell } from "@/components/layout/site-shell";
import { ButtonLink } from "@/components/ui/button-link";

export default function NotFound() {
  return (
    <SiteShell>
      <div className="flex flex-col items-start gap-4 py-16">
        <h1 className="text-3xl font-bold">Sayfa bulunamadı</h1>
        <p className="text-stone-700">Aradığınız sayfa taşınmış ya da hiç var olmamış olabilir.</p>
        <ButtonLink href="/">Ana sayfaya dön</ButtonLink>
      </div>
    </SiteShell>
  );
}
