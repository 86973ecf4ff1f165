"use client";

import { Link } from "@/components/ui/link";
import { useActionForm } from "@/components/forms/use-action-form";
import { PackageCountInput } from "@/components/orders/package-count-input";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { INVOICES_PATH, ORDER_MESSAGES } from "@/lib/orders/messages";
import { MAX_PACKAGES, createOrderSchema } from "@/lib/orders/schemas";
import { createOrderAction } from "./actions";

/** The action's refusal; the suspension notice carries the way out: the invoices to pay. */
function OrderFormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <Alert>
      {message}
      {message === ORDER_MESSAGES.CUSTOMER_SUSPENDED && (
        <>
          {" "}
          <Link href={INVOICES_PATH} className="font-semibold underline">
            Faturalarım
          </Link>
        </>
      )}
    </Alert>
  );
}

export function NewOrderForm() {
  const { form, state, pending, fieldError, formError, previous, formProps } = useActionForm(
    createOrderSchema,
    createOrderAction,
    {
      packageCount: "" as unknown as number,
      note: "",
    },
  );
  useActionToast(state);
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-[12rem_1fr] sm:items-start">
      <div className="sm:col-span-2">
        <OrderFormError message={formError} />
      </div>
      <Field
        label="Paket adedi"
        hint={`1 ile ${MAX_PACKAGES.toLocaleString("tr-TR")} arası`}
        error={fieldError("packageCount")}
      >
        {(a11y) => (
          <PackageCountInput {...a11y} {...form.register("packageCount")} defaultValue={previous("packageCount")} />
        )}
      </Field>
      <Field label="Not" hint="İsteğe bağlı: ürünler, özel ambalaj, teslim bilgisi" error={fieldError("note")}>
        {(a11y) => (
          <textarea
            {...a11y}
            {...form.register("note")}
            defaultValue={previous("note")}
            rows={2}
            className={inputClass}
          />
        )}
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pending={pending} busyLabel="Sipariş oluşturuluyor…">
          Yeni sipariş oluştur
        </SubmitButton>
      </div>
    </form>
  );
}
