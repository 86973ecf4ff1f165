"use client";

import { useState } from "react";
import { useController } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { PackageCountInput } from "@/components/orders/package-count-input";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { adminCreateOrderSchema } from "@/lib/orders/schemas";
import { adminCreateOrderAction } from "../actions";
import { customerOption, CustomerPicker, type PickedCustomer } from "@/components/admin/customer-picker";

/**
 * A new order for a customer, chosen by searching (`Müşteri`); refused for a suspended one. `initial`
 * is the customer of the address (`?musteri=`, from a customer's page or a filtered order list):
 * chosen already, so the form also works without JavaScript for that customer.
 */
export function NewOrderForm({ initial }: { initial: PickedCustomer | null }) {
  const { form, state, pending, fieldError, formError, previous, formProps } = useActionForm(
    adminCreateOrderSchema,
    adminCreateOrderAction,
    {
      customerId: initial?.id ?? "",
      packageCount: "" as unknown as number,
      note: "",
    },
  );
  useActionToast(state);
  // The customer is chosen in a combobox, not typed in an input: its trigger is the field's element,
  // so a form sent without a customer puts the focus there (react-hook-form focuses the first error).
  const { field: customerField } = useController({ control: form.control, name: "customerId" });
  const [customer, setCustomer] = useState<ComboboxOption | null>(initial ? customerOption(initial) : null);
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-3 sm:items-start">
      <div className="sm:col-span-3">
        <Alert>{formError}</Alert>
      </div>
      <Field label="Müşteri" error={fieldError("customerId")}>
        {(a11y) => (
          <>
            <CustomerPicker
              {...a11y}
              ref={customerField.ref}
              value={customer}
              onChange={(option) => {
                setCustomer(option);
                form.setValue("customerId", option?.value ?? "", { shouldValidate: true });
              }}
            />
            {/* Follows the choice (a hidden input's value and default are one, so it is controlled). */}
            <input type="hidden" name="customerId" value={customer?.value ?? ""} />
          </>
        )}
      </Field>
      <Field label="Paket adedi" error={fieldError("packageCount")}>
        {(a11y) => (
          <PackageCountInput {...a11y} {...form.register("packageCount")} defaultValue={previous("packageCount")} />
        )}
      </Field>
      <Field label="Not" error={fieldError("note")}>
        {(a11y) => (
          <input {...a11y} {...form.register("note")} defaultValue={previous("note")} className={inputClass} />
        )}
      </Field>
      <div className="sm:col-span-3">
        <SubmitButton pending={pending} busyLabel="Sipariş oluşturuluyor…">
          Sipariş oluştur
        </SubmitButton>
      </div>
    </form>
  );
}
