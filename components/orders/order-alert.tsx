import Link from "next/link";
import { FormAlert } from "@/components/ui/form-alert";
import { INVOICES_PATH, SUSPENDED_ORDER_MESSAGE } from "@/lib/orders/messages";

/** An action's refusal; the suspension notice carries the way out: the invoices to pay. */
export function OrderFormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <FormAlert>
      {message}
      {message === SUSPENDED_ORDER_MESSAGE && (
        <>
          {" "}
          <Link href={INVOICES_PATH} className="font-semibold underline">
            Faturalarım
          </Link>
        </>
      )}
    </FormAlert>
  );
}
