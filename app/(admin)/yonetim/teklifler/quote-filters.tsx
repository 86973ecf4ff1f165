import { FilterBar, FilterSearch, FilterSelect, type ListParams } from "@/components/ui/data-table";
import { QUOTE_STATUSES, quoteStatus, type QuoteStatus } from "@/lib/quotes/status";

const statusOptions = QUOTE_STATUSES.map((value) => ({ value, label: quoteStatus.label(value) }));

/** The inbox's filters: status, and a search over company, contact and e-mail. */
export function QuoteFilters({
  path,
  params,
  status,
  search,
}: {
  path: string;
  params: ListParams;
  status?: QuoteStatus;
  search?: string;
}) {
  return (
    <FilterBar path={path} params={params} label="Teklif filtreleri">
      <FilterSelect name="durum" label="Durum" defaultValue={status} options={statusOptions} />
      <FilterSearch name="q" defaultValue={search} placeholder="Firma, yetkili ya da e-posta" />
    </FilterBar>
  );
}
