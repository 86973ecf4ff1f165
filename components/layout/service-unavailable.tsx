/** The page shown while the database does not answer: the session is kept, the user just waits. */
export function ServiceUnavailable() {
  return (
    <main id="icerik" className="mx-auto flex max-w-2xl flex-col items-start gap-4 px-4 py-16">
      <p className="text-sm font-semibold text-stone-500">503</p>
      <h1 className="text-3xl font-bold">Hizmet geçici olarak kullanılamıyor</h1>
      <p className="text-stone-700">
        Sistemimize şu anda ulaşılamıyor. Oturumunuz açık kalıyor; lütfen birkaç dakika sonra tekrar deneyin.
      </p>
      {/* A full reload of this address: the server renders the page again, with or without JavaScript. */}
      <a href="" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white">
        Tekrar dene
      </a>
    </main>
  );
}
