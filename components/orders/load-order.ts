import "server-only";
import { notFound } from "next/navigation";
import { getOrderOrThrow } from "@/db/queries/orders";
import { OrderNotFoundError } from "@/lib/orders/errors";
import { orderIdSchema } from "./schemas";

/**
 * The order of a detail page. Another customer's order id is a 404, exactly like an id that does not
 * exist; `customerId` undefined is for operations pages only.
 */
export async function loadOrderOr404(orderId: string, customerId: string | undefined) {
  if (!orderIdSchema.safeParse(orderId).success) notFound();
  try {
    return await getOrderOrThrow({ orderId, customerId });
  } catch (error) {
    if (error instanceof OrderNotFoundError) notFound();
    throw error;
  }
}
