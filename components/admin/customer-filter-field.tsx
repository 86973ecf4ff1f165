import { FilterNotice } from "@/components/ui/data-table";
import { Field } from "@/components/ui/field";
import { CustomerFilter, type PickedCustomer } from "./customer-picker";

const NOT_FOUND_ID = "musteri-bulunamadi";

/**
 * The `Müşteri` field of operations' order and invoice filters. `customerId` is the customer the list
 * is filtered by and `chosen` that customer, read. An id no customer has (a mistyped or foreign link)
 * filters the list to nothing: the field is marked and described by a notice below the filters, as
 * the bar's other notices are, instead of showing an empty picker with no reason.
 */
export function CustomerFilterField({ customerId, chosen }: { customerId?: string; chosen: PickedCustomer | null }) {
  const notFound = customerId !== undefined && !chosen;
  return (
    <>
      <Field label="Müşteri">
        {(a11y) => (
          <CustomerFilter
            {...a11y}
            aria-invalid={notFound}
            aria-describedby={notFound ? NOT_FOUND_ID : undefined}
            initial={chosen}
          />
        )}
      </Field>
      {notFound && (
        <FilterNotice id={NOT_FOUND_ID}>
          Bu müşteri bulunamadı. Başka bir müşteri seçin ya da filtreleri temizleyin.
        </FilterNotice>
      )}
    </>
  );
}
