/**
 * The page shown while the database does not answer: the session is kept, the user just waits.
 * The error boundary (a client component in every page) shows it: plain classes, not buttonVariants,
 * so it brings no tailwind-merge to the browser.
 */
export function ServiceUnavailable() {
  return (
    <main id="icerik" className="mx-auto flex max-w-2xl flex-col items-start gap-4 px-4 py-16">
      <p className="text-sm font-semibold text-muted-foreground">503</p>
      <h1 className="text-3xl font-bold">Hizmet geçici olarak kullanılamıyor</h1>
      <p className="text-muted-foreground">
        Sistemimize şu anda ulaşılamıyor. Oturumunuz açık kalıyor; lütfen birkaç dakika sonra tekrar deneyin.
      </p>
      {/* A full reload of this address: the server renders the page again, with or without JavaScript. */}
      <a
        href=""
        className="inline-flex h-10 items-center rounded-md bg-primary px-4 text-sm font-semibold text-primary-foreground hover:bg-primary-hover"
      >
        Tekrar dene
      </a>
    </main>
  );
}
