import { DataTable, type Column, type ListState } from "@/components/ui/data-table";
import { formatIstanbulDateTime } from "@/lib/dates";
import { ORDER_FIRST_DIRECTION } from "@/lib/orders/filters";
import { isOrderLate } from "@/lib/orders/late";
import type { OrderStatus } from "@/lib/orders/status";
import type { ServiceType } from "@/lib/pricing";
import { LateBadge } from "./late-badge";
import { OrderStatusBadge } from "./order-status-badge";

type OrderRow = {
  id: string;
  orderNumber: string;
  companyName: string;
  customerId?: string;
  createdAt: Date;
  packageCount: number;
  status: OrderStatus;
  processingStartedAt: Date | null;
  serviceType: ServiceType;
};

/** The status, and under it on a phone (beside it on wider screens) `Gecikti` for a late order. */
function StatusCell({ order, now }: { order: OrderRow; now: Date }) {
  if (!isOrderLate(order, now)) return <OrderStatusBadge status={order.status} />;
  return (
    <span className="flex flex-col items-end gap-1 sm:flex-row sm:flex-wrap sm:items-center">
      <OrderStatusBadge status={order.status} />
      <LateBadge />
    </span>
  );
}

/**
 * The order list of the portal (`showCustomer` off) and of operations: on a phone each order is a
 * card with its number and status on top. A late order (as of `now`) is marked beside its status.
 */
export function OrderTable({
  rows,
  now,
  list,
  basePath,
  showCustomer = false,
  empty,
  actions,
  footer,
}: {
  rows: readonly OrderRow[];
  now: Date;
  list: ListState;
  basePath: string;
  showCustomer?: boolean;
  empty: { title: string; description?: React.ReactNode; action?: React.ReactNode };
  actions?: React.ReactNode;
  footer?: React.ReactNode;
}) {
  const sortable = !list.keyset;
  const columns: Column<OrderRow>[] = [
    {
      key: "no",
      header: "Sipariş no",
      mobile: "title",
      className: "whitespace-nowrap",
      cell: (order) => (
        <a href={`${basePath}/${order.id}`} className="data-link">
          {order.orderNumber}
        </a>
      ),
    },
    ...(showCustomer
      ? [
          {
            key: "musteri",
            header: "Müşteri",
            cell: (order: OrderRow) =>
              order.customerId ? (
                <a href={`/yonetim/musteriler/${order.customerId}`} className="data-link">
                  {order.companyName}
                </a>
              ) : (
                order.companyName
              ),
          } satisfies Column<OrderRow>,
        ]
      : []),
    {
      key: "tarih",
      header: "Tarih",
      sortable,
      firstDirection: ORDER_FIRST_DIRECTION.tarih,
      className: "whitespace-nowrap",
      cell: (order) => formatIstanbulDateTime(order.createdAt),
    },
    {
      key: "paket",
      header: "Paket",
      align: "end",
      sortable,
      firstDirection: ORDER_FIRST_DIRECTION.paket,
      cell: (order) => order.packageCount.toLocaleString("tr-TR"),
    },
    { key: "durum", header: "Durum", mobile: "status", cell: (order) => <StatusCell order={order} now={now} /> },
  ];
  return (
    <DataTable
      caption="Siparişler"
      noun="sipariş"
      columns={columns}
      rows={rows}
      rowKey={(order) => order.id}
      list={list}
      empty={empty}
      actions={actions}
      footer={footer}
    />
  );
}
