"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { cancelOrderSchema, createOrderSchema } from "@/components/orders/schemas";
import { createOrder } from "@/lib/orders/create";
import { CustomerCannotOrderError, OrderNotFoundError, StaleOrderError } from "@/lib/orders/errors";
import { InvalidOrderTransitionError } from "@/lib/orders/status";
import { changeOrderStatus } from "@/lib/orders/transition";
import { authAction, fail, ok } from "@/lib/safe-action";

export const createOrderAction = authAction(
  createOrderSchema,
  async (input, ctx) => {
    let created: { id: string };
    try {
      created = await createOrder({
        customerId: ctx.user.customerId!,
        packageCount: input.packageCount,
        note: input.note,
        actor: { userId: ctx.user.id, email: ctx.user.email },
        ip: ctx.ip,
        requestId: ctx.requestId,
      });
    } catch (error) {
      if (error instanceof CustomerCannotOrderError) return fail(error.message);
      throw error;
    }
    revalidatePath("/panel", "layout");
    redirect(`/panel/siparisler/${created.id}?yeni=1`);
  },
  { role: "customer", echo: ["packageCount", "note"] },
);

/** A customer may cancel its own order while it is still waiting. */
export const cancelOrderAction = authAction(
  cancelOrderSchema,
  async (input, ctx) => {
    try {
      const { orderNumber } = await changeOrderStatus({
        orderId: input.orderId,
        to: "cancelled",
        note: input.note,
        customerId: ctx.user.customerId!,
        actor: { userId: ctx.user.id, email: ctx.user.email },
        ip: ctx.ip,
        requestId: ctx.requestId,
        onlyFrom: "pending",
      });
      revalidatePath("/panel", "layout");
      return ok(undefined, `${orderNumber} numaralı sipariş iptal edildi.`);
    } catch (error) {
      if (error instanceof OrderNotFoundError || error instanceof StaleOrderError) return fail(error.message);
      if (error instanceof InvalidOrderTransitionError)
        return fail("Yalnızca beklemedeki siparişler iptal edilebilir.");
      throw error;
    }
  },
  { role: "customer" },
);
