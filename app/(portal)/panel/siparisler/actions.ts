"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createOrder } from "@/lib/orders/create";
import { cancelOrderSchema, createOrderSchema } from "@/lib/orders/schemas";
import { changeOrderStatus } from "@/lib/orders/transition";
import { customerAction, ok } from "@/lib/safe-action";

export const createOrderAction = customerAction(
  "createOrder",
  createOrderSchema,
  async (input, ctx) => {
    const created = await createOrder(ctx, input);
    revalidatePath("/panel", "layout");
    redirect(`/panel/siparisler/${created.id}?yeni=1`);
  },
  { echo: ["packageCount", "note"] },
);

/** A customer may cancel its own order while it is still waiting. */
export const cancelOrderAction = customerAction("cancelOrder", cancelOrderSchema, async (input, ctx) => {
  const { orderNumber } = await changeOrderStatus(ctx, { ...input, to: "cancelled" });
  revalidatePath("/panel", "layout");
  return ok(undefined, `${orderNumber} numaralı sipariş iptal edildi.`);
});
