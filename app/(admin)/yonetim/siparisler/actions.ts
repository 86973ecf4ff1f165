"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { query } from "@/db";
import { searchCustomerOptions } from "@/db/queries/customers";
import { customerPickerSchema } from "@/lib/customers/schemas";
import { createOrder } from "@/lib/orders/create";
import { adminCreateOrderSchema, changeOrderStatusSchema } from "@/lib/orders/schemas";
import { changeOrderStatus, type StatusChange } from "@/lib/orders/transition";
import { adminAction, ok } from "@/lib/safe-action";

export const adminCreateOrderAction = adminAction(
  "adminCreateOrder",
  adminCreateOrderSchema,
  async (input, ctx) => {
    const created = await createOrder(ctx, input);
    revalidatePath("/yonetim/siparisler");
    // The order's page says it was made (`yeni`), as the customer's own new order does.
    redirect(`/yonetim/siparisler/${created.id}?yeni=1`);
  },
  {
    echo: ["customerId", "packageCount", "note"],
    // The domain's text speaks to the customer; operations are told about the customer.
    messages: {
      CUSTOMER_SUSPENDED: "Müşterinin hesabı askıya alınmış; sipariş oluşturulamaz.",
      CUSTOMER_SUSPENDED_BY_ADMIN: "Müşterinin hesabı askıya alınmış; sipariş oluşturulamaz.",
      CUSTOMER_INACTIVE: "Müşterinin hesabı etkin değil; sipariş oluşturulamaz.",
    },
  },
);

/** What the answer says each move did. */
const MOVED: Record<StatusChange["to"], string> = {
  processing: "işleme alındı",
  completed: "tamamlandı",
  cancelled: "iptal edildi",
};

export const changeOrderStatusAction = adminAction(
  "changeOrderStatus",
  changeOrderStatusSchema,
  async (input, ctx) => {
    const { orderNumber } = await changeOrderStatus(ctx, input);
    revalidatePath("/yonetim/siparisler", "layout");
    return ok(undefined, `${orderNumber} numaralı sipariş ${MOVED[input.to]}.`);
  },
  // A refused note goes back to the dialog it came from (the move sent), as typed.
  { echo: ["to", "note"] },
);

/** The customer picker's search (a new order, the order and invoice lists' customer filter): operations only. */
export const findCustomersAction = adminAction("findCustomers", customerPickerSchema, async (input) =>
  ok(await query(searchCustomerOptions, { search: input.q })),
);
