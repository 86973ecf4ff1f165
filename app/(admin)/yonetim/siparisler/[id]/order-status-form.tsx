"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { changeOrderStatusSchema } from "@/lib/orders/schemas";
import { Field, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { orderStatus, type OrderStatus } from "@/lib/orders/status";
import { changeOrderStatusAction } from "../actions";

/**
 * Moves an order along; only the forward statuses the rules allow from here are offered (cancelling
 * is its own button, which asks first).
 */
export function OrderStatusForm({ orderId, next }: { orderId: string; next: readonly OrderStatus[] }) {
  const { form, state, pending, fieldError, formProps } = useActionForm(
    changeOrderStatusSchema,
    changeOrderStatusAction,
    {
      orderId,
      to: next[0] as "processing",
      note: "",
    },
  );
  useActionToast(state);
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-[14rem_1fr] sm:items-start">
      <div className="sm:col-span-2">
        {state && !state.ok && <FormAlert>{state.formError}</FormAlert>}
        {state?.ok && <FormAlert tone="success">{state.message}</FormAlert>}
      </div>
      <input type="hidden" {...form.register("orderId")} value={orderId} />
      <Field label="Yeni durum" error={fieldError("to")}>
        {(a11y) => (
          <Select {...a11y} {...form.register("to")}>
            {next.map((status) => (
              <option key={status} value={status}>
                {orderStatus.label(status)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Not" hint="Müşteri sipariş takibinde görür" error={fieldError("note")}>
        {(a11y) => <input {...a11y} {...form.register("note")} className={inputClass} />}
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pending={pending} busyLabel="Güncelleniyor…">
          Durumu güncelle
        </SubmitButton>
      </div>
    </form>
  );
}
