/**
 * The order list's filters as they travel in the URL (`durum`, `baslangic`, `bitis`, `musteri`,
 * `sayfa`): parsed leniently (a bad value is ignored, not an error page) and written back for page links.
 */
import { istanbulTime } from "../dates";
import { isOrderStatus, type OrderStatus } from "./status";

export const ORDERS_PAGE_SIZE = 20;

export type OrderFilters = {
  status?: OrderStatus;
  /** YYYY-MM-DD, Istanbul calendar days, both inclusive. */
  fromDate?: string;
  toDate?: string;
  customerId?: string;
};

export type OrderListQuery = OrderFilters & { page: number };

type RawParams = Record<string, string | string[] | undefined>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function validDate(value: string | undefined): string | undefined {
  const match = value ? DATE.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day && year >= 2000 ? value : undefined;
}

export function parseOrderListQuery(params: RawParams): OrderListQuery {
  const status = first(params.durum);
  const customer = first(params.musteri);
  const page = Number(first(params.sayfa));
  return {
    status: isOrderStatus(status) ? status : undefined,
    fromDate: validDate(first(params.baslangic)),
    toDate: validDate(first(params.bitis)),
    customerId: customer && UUID.test(customer) ? customer : undefined,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The instants a date range covers: from the first day's midnight to the midnight after the last. */
export function dateRangeOf(filters: OrderFilters): { from?: Date; to?: Date } {
  const bounds = (text: string | undefined, extraDays: number) => {
    if (!text) return undefined;
    const [year, month, day] = text.split("-").map(Number) as [number, number, number];
    return istanbulTime(year, month, day + extraDays);
  };
  return { from: bounds(filters.fromDate, 0), to: bounds(filters.toDate, 1) };
}

/** `?durum=...&sayfa=2` for a link to `page` with the same filters. */
export function orderListHref(path: string, query: OrderListQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set("durum", query.status);
  if (query.fromDate) params.set("baslangic", query.fromDate);
  if (query.toDate) params.set("bitis", query.toDate);
  if (query.customerId) params.set("musteri", query.customerId);
  if (query.page > 1) params.set("sayfa", String(query.page));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
