"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { PackageCountInput } from "@/components/orders/package-count-input";
import { Field, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { adminCreateOrderSchema } from "@/lib/orders/schemas";
import { adminCreateOrderAction } from "./actions";

type CustomerOption = { id: string; companyName: string; status: string };

export function NewOrderForm({ customers }: { customers: CustomerOption[] }) {
  const { form, state, pending, fieldError, previous, formProps } = useActionForm(
    adminCreateOrderSchema,
    adminCreateOrderAction,
    {
      customerId: "",
      packageCount: "" as unknown as number,
      note: "",
    },
  );
  useActionToast(state);
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-3 sm:items-start">
      <div className="sm:col-span-3">{state && !state.ok && <FormAlert>{state.formError}</FormAlert>}</div>
      <Field label="Müşteri" error={fieldError("customerId")}>
        {(a11y) => (
          <Select {...a11y} {...form.register("customerId")} defaultValue={previous("customerId") ?? ""}>
            <option value="">Seçin</option>
            {customers.map((customer) => (
              <option key={customer.id} value={customer.id}>
                {customer.status === "suspended" ? `${customer.companyName} (askıda)` : customer.companyName}
              </option>
            ))}
          </Select>
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
