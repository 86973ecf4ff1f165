"use client";

import { Link } from "@/components/ui/link";
import { ServiceUnavailable } from "@/components/layout/service-unavailable";
import { SERVICE_UNAVAILABLE_DIGEST } from "@/lib/service-unavailable";

// The kit's primary and outline buttons, spelled out: this boundary is in every page's script, and
// buttonVariants would bring tailwind-merge (8 KB gzipped) to pages that have no other use for it.
const primary =
  "inline-flex h-10 items-center rounded-md bg-primary px-4 text-sm font-semibold text-primary-foreground hover:bg-primary-hover";
const outline =
  "inline-flex h-10 items-center rounded-md border border-input bg-card px-4 text-sm font-semibold hover:bg-muted";

// Unexpected errors: a generic Turkish message and a reference, never the error's own text.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  if (error.digest === SERVICE_UNAVAILABLE_DIGEST) return <ServiceUnavailable />;
  return (
    <main id="icerik" className="mx-auto flex max-w-2xl flex-col items-start gap-4 px-4 py-16">
      <h1 className="text-3xl font-bold">Bir şeyler ters gitti</h1>
      <p className="text-muted-foreground">Beklenmeyen bir hata oluştu. Lütfen biraz sonra tekrar deneyin.</p>
      {error.digest && <p className="text-sm text-muted-foreground">{`Hata kodu: ${error.digest}`}</p>}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={reset} className={primary}>
          Tekrar dene
        </button>
        <Link href="/" className={outline}>
          Ana sayfa
        </Link>
      </div>
    </main>
  );
}
