"use client";

import { useCallback, useState } from "react";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { findCustomersAction } from "@/app/(admin)/yonetim/siparisler/actions";

export type PickedCustomer = { id: string; companyName: string; status: string };

export const customerOption = (customer: PickedCustomer): ComboboxOption => ({
  value: customer.id,
  label: customer.status === "suspended" ? `${customer.companyName} (askıda)` : customer.companyName,
});

type A11y = { id?: string; "aria-invalid"?: boolean; "aria-describedby"?: string };

/**
 * Chooses one of the customers still in business by searching their company, contact, e-mail or tax
 * number on the server: at 100,000 customers no list on the page could hold them all.
 */
export function CustomerPicker({
  value,
  onChange,
  clearLabel,
  ref,
  ...a11y
}: A11y & {
  /** The focusable trigger, for a form that puts the focus on a field to fix. */
  ref?: React.Ref<HTMLButtonElement>;
  value: ComboboxOption | null;
  onChange: (option: ComboboxOption | null) => void;
  clearLabel?: string;
}) {
  const search = useCallback(async (text: string) => {
    const result = await findCustomersAction(null, { q: text });
    if (!result.ok) throw new Error(result.formError);
    return result.data.map(customerOption);
  }, []);
  return (
    <Combobox
      {...a11y}
      ref={ref}
      value={value}
      onChange={onChange}
      search={search}
      placeholder={clearLabel ?? "Müşteri seçin"}
      searchPlaceholder="Firma, yetkili, e-posta ya da vergi no"
      hint="Aramak için en az 3 harf yazın."
      clearLabel={clearLabel}
    />
  );
}

/**
 * The order and invoice lists' customer filter: the picker and the `musteri` field the filter form sends. Without
 * JavaScript the field keeps the customer the list is filtered by (a customer's page links here).
 */
export function CustomerFilter({ initial, ...a11y }: A11y & { initial: PickedCustomer | null }) {
  const [value, setValue] = useState<ComboboxOption | null>(initial ? customerOption(initial) : null);
  return (
    <>
      <CustomerPicker {...a11y} value={value} onChange={setValue} clearLabel="Tüm müşteriler" />
      <input type="hidden" name="musteri" value={value?.value ?? ""} />
    </>
  );
}
