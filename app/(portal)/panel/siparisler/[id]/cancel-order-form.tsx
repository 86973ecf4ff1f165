import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { cancelOrderAction } from "../actions";

/** `Siparişi iptal et` asks first, with the optional reason in the dialog; dismissing sends nothing. */
export function CancelOrderForm({ orderId, orderNumber }: { orderId: string; orderNumber: string }) {
  return (
    <ConfirmActionForm
      action={cancelOrderAction}
      fields={{ orderId }}
      trigger="Siparişi iptal et"
      triggerVariant="destructive"
      triggerSize="md"
      title="Sipariş iptal edilsin mi?"
      description={`${orderNumber} numaralı sipariş iptal edilecek. Bu işlem geri alınamaz.`}
      confirm="Siparişi iptal et"
      busyLabel="İptal ediliyor…"
    >
      <Field label="İptal nedeni" hint="İsteğe bağlı">
        {(a11y) => <Input {...a11y} name="note" maxLength={500} />}
      </Field>
    </ConfirmActionForm>
  );
}
