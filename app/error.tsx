"use client";

import Link from "next/link";
import { ServiceUnavailable } from "@/components/layout/service-unavailable";
import { SERVICE_UNAVAILABLE_DIGEST } from "@/lib/service-unavailable";

// Unexpected errors: a generic Turkish message and a reference, never the error's own text.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  if (error.digest === SERVICE_UNAVAILABLE_DIGEST) return <ServiceUnavailable />;
  return (
    <main id="icerik" className="mx-auto flex max-w-2xl flex-col items-start gap-4 px-4 py-16">
      <h1 className="text-3xl font-bold">Bir şeyler ters gitti</h1>
      <p className="text-stone-700">Beklenmeyen bir hata oluştu. Lütfen biraz sonra tekrar deneyin.</p>
      {error.digest && <p className="text-sm text-stone-500">Hata kodu: {error.digest}</p>}
      <div className="flex gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white">
          Tekrar dene
        </button>
        <Link href="/" className="rounded-md border border-stone-300 px-5 py-2 font-semibold">
          Ana sayfa
        </Link>
      </div>
    </main>
  );
}
