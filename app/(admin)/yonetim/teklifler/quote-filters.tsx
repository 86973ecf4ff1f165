import { FilterBar, FilterSearch, FilterSelect, ignoredTextReason, type ListParams } from "@/components/ui/data-table";
import { QUOTE_STATUSES, quoteStatus, type QuoteStatus } from "@/lib/quotes/status";

const statusOptions = QUOTE_STATUSES.map((value) => ({ value, label: quoteStatus.label(value) }));

/** What the bar says of a value of the address it cannot use (a search says "arama", not "ara"). */
const fields = { durum: "Durum", q: { label: "Arama", reason: (value: string) => ignoredTextReason(value) } };

/** The inbox's filters: status, and a search over company, contact and e-mail. */
export function QuoteFilters({
  path,
  params,
  status,
  search,
  ignored,
}: {
  path: string;
  params: ListParams;
  status?: QuoteStatus;
  search?: string;
  /** The list query's filters of the address it could not use. */
  ignored?: ListParams;
}) {
  return (
    <FilterBar path={path} params={params} label="Teklif filtreleri" ignored={ignored} fields={fields}>
      <FilterSelect name="durum" label={fields.durum} defaultValue={status} options={statusOptions} />
      <FilterSearch name="q" defaultValue={search} placeholder="Firma, yetkili ya da e-posta" />
    </FilterBar>
  );
}
