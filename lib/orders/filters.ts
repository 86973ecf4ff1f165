/**
 * The order list's filters as they travel in the URL (`durum`, `baslangic`, `bitis`, `musteri`,
 * `sayfa`), for the portal's list and for operations' (where `musteri` chooses the customer).
 */
import { z } from "zod";
import { isCalendarDate, istanbulTime } from "../dates";
import { filter, listParams } from "../list-params";
import { ORDER_STATUSES } from "./status";

export const ORDERS_PAGE_SIZE = 20;

/** YYYY-MM-DD, an Istanbul calendar day; both ends of a range are inclusive. */
const day = z
  .string()
  .refine(isCalendarDate)
  .refine((value) => value >= "2000-01-01");

export const orderList = listParams({
  filters: {
    status: filter("durum", z.enum(ORDER_STATUSES)),
    fromDate: filter("baslangic", day),
    toDate: filter("bitis", day),
    customerId: filter("musteri", z.uuid()),
  },
});

export type OrderListQuery = ReturnType<typeof orderList.parse>;

/** The instants a date range covers: from the first day's midnight to the midnight after the last. */
export function dateRangeOf(filters: Pick<OrderListQuery, "fromDate" | "toDate">): { from?: Date; to?: Date } {
  const bounds = (text: string | undefined, extraDays: number) => {
    if (!text) return undefined;
    const [year, month, day] = text.split("-").map(Number) as [number, number, number];
    return istanbulTime(year, month, day + extraDays);
  };
  return { from: bounds(filters.fromDate, 0), to: bounds(filters.toDate, 1) };
}
