import Link from "next/link";
import { formatIstanbulDateTime } from "@/lib/dates";
import type { OrderStatus } from "@/lib/orders/status";
import { OrderStatusBadge } from "./order-status-badge";

type OrderRow = {
  id: string;
  orderNumber: string;
  companyName: string;
  customerId?: string;
  createdAt: Date;
  packageCount: number;
  status: OrderStatus;
};

/** The order list of the portal (`showCustomer` off) and of operations. */
export function OrderTable({
  rows,
  basePath,
  showCustomer = false,
}: {
  rows: OrderRow[];
  basePath: string;
  showCustomer?: boolean;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Siparişler</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-4 py-2">
              Sipariş no
            </th>
            {showCustomer && (
              <th scope="col" className="px-4 py-2">
                Müşteri
              </th>
            )}
            <th scope="col" className="px-4 py-2">
              Tarih
            </th>
            <th scope="col" className="px-4 py-2 text-right">
              Paket
            </th>
            <th scope="col" className="px-4 py-2">
              Durum
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((order) => (
            <tr key={order.id} className="border-t border-stone-200">
              <th scope="row" className="px-4 py-2 font-medium whitespace-nowrap">
                <Link href={`${basePath}/${order.id}`} className="text-brand-700 underline">
                  {order.orderNumber}
                </Link>
              </th>
              {showCustomer && (
                <td className="px-4 py-2">
                  {order.customerId ? (
                    <Link href={`/yonetim/musteriler/${order.customerId}`} className="text-brand-700 underline">
                      {order.companyName}
                    </Link>
                  ) : (
                    order.companyName
                  )}
                </td>
              )}
              <td className="px-4 py-2 whitespace-nowrap">{formatIstanbulDateTime(order.createdAt)}</td>
              <td className="px-4 py-2 text-right">{order.packageCount.toLocaleString("tr-TR")}</td>
              <td className="px-4 py-2">
                <OrderStatusBadge status={order.status} />
              </td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={showCustomer ? 5 : 4} className="px-4 py-6 text-center text-stone-500">
                Bu filtrelere uyan sipariş yok.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
