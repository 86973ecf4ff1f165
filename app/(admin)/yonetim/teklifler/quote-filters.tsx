import { QUOTE_STATUSES, quoteStatus, type QuoteStatus } from "@/lib/quotes/status";

/** A GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function QuoteFilters({ path, status, search }: { path: string; status?: QuoteStatus; search?: string }) {
  return (
    <form method="get" action={path} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="flex flex-col gap-1">
        <label htmlFor="teklif-durum" className="text-sm font-medium">
          Durum
        </label>
        <select
          id="teklif-durum"
          name="durum"
          defaultValue={status ?? ""}
          className="rounded-md border border-stone-300 bg-white px-3 py-2"
        >
          <option value="">Tümü</option>
          {QUOTE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {quoteStatus.label(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor="teklif-ara" className="text-sm font-medium">
          Ara
        </label>
        <input
          id="teklif-ara"
          name="q"
          type="search"
          defaultValue={search ?? ""}
          placeholder="Firma, yetkili ya da e-posta"
          className="rounded-md border border-stone-300 bg-white px-3 py-2"
        />
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
        Filtrele
      </button>
    </form>
  );
}
