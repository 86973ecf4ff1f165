import { Field } from "@/components/ui/field";
import { CustomerFilter, type PickedCustomer } from "./customer-picker";

/**
 * The `Müşteri` field of operations' order and invoice filters. `chosen` is the customer the list is
 * filtered by; an id no customer has (a mistyped or foreign link) filters the list to nothing, and
 * the field says why instead of showing an empty picker.
 */
export function CustomerFilterField({ filtered, chosen }: { filtered: boolean; chosen: PickedCustomer | null }) {
  return (
    <Field
      label="Müşteri"
      error={
        filtered && !chosen ? "Bu müşteri bulunamadı. Başka bir müşteri seçin ya da filtreleri temizleyin." : undefined
      }
    >
      {(a11y) => <CustomerFilter {...a11y} initial={chosen} />}
    </Field>
  );
}
