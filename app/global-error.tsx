"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="tr">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Bir şeyler ters gitti</h1>
        <p>Beklenmeyen bir hata oluştu. Lütfen biraz sonra tekrar deneyin.</p>
        {error.digest && <p>Hata kodu: {error.digest}</p>}
        {/* The root layout itself failed: a full page load is the way back. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/">Ana sayfa</a>
      </body>
    </html>
  );
}
