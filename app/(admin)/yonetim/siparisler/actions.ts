"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { adminCreateOrderSchema, changeOrderStatusSchema } from "@/components/orders/schemas";
import { createOrder } from "@/lib/orders/create";
import {
  CustomerCannotOrderError,
  CustomerNotFoundError,
  OrderNotFoundError,
  StaleOrderError,
} from "@/lib/orders/errors";
import { InvalidOrderTransitionError, orderStatusLabel } from "@/lib/orders/status";
import { changeOrderStatus } from "@/lib/orders/transition";
import { authAction, fail, ok } from "@/lib/safe-action";

export const adminCreateOrderAction = authAction(
  adminCreateOrderSchema,
  async (input, ctx) => {
    let created: { id: string };
    try {
      created = await createOrder({
        customerId: input.customerId,
        packageCount: input.packageCount,
        note: input.note,
        actor: { userId: ctx.user.id, email: ctx.user.email },
        ip: ctx.ip,
        requestId: ctx.requestId,
      });
    } catch (error) {
      if (error instanceof CustomerNotFoundError)
        return fail("Lütfen işaretli alanları düzeltin.", { customerId: [error.message] });
      if (error instanceof CustomerCannotOrderError) {
        return fail(
          error.status === "suspended" ? "Müşterinin hesabı askıya alınmış; sipariş oluşturulamaz." : error.message,
        );
      }
      throw error;
    }
    revalidatePath("/yonetim/siparisler");
    redirect(`/yonetim/siparisler/${created.id}`);
  },
  { role: "admin", echo: ["customerId", "packageCount", "note"] },
);

export const changeOrderStatusAction = authAction(
  changeOrderStatusSchema,
  async (input, ctx) => {
    try {
      const result = await changeOrderStatus({
        orderId: input.orderId,
        to: input.to,
        note: input.note,
        customerId: undefined,
        actor: { userId: ctx.user.id, email: ctx.user.email },
        ip: ctx.ip,
        requestId: ctx.requestId,
      });
      revalidatePath("/yonetim/siparisler", "layout");
      return ok(undefined, `${result.orderNumber}: ${orderStatusLabel(result.to)}`);
    } catch (error) {
      if (
        error instanceof OrderNotFoundError ||
        error instanceof StaleOrderError ||
        error instanceof InvalidOrderTransitionError
      ) {
        return fail(error.message);
      }
      throw error;
    }
  },
  { role: "admin" },
);
