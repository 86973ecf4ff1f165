"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { cancelOrderSchema } from "@/lib/orders/schemas";
import { cancelOrderAction } from "../actions";

export function CancelOrderForm({ orderId }: { orderId: string }) {
  const { form, state, pending, fieldError, formProps } = useActionForm(cancelOrderSchema, cancelOrderAction, {
    orderId,
    note: "",
  });
  return (
    <form {...formProps} className="flex flex-col gap-3">
      {state && !state.ok && <FormAlert>{state.formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{state.message}</FormAlert>}
      <input type="hidden" {...form.register("orderId")} value={orderId} />
      <Field label="İptal nedeni" hint="İsteğe bağlı" error={fieldError("note")}>
        {(a11y) => <input {...a11y} {...form.register("note")} className={inputClass} />}
      </Field>
      <div>
        <SubmitButton pending={pending} className="bg-red-700 hover:bg-red-800">
          Siparişi iptal et
        </SubmitButton>
      </div>
    </form>
  );
}
