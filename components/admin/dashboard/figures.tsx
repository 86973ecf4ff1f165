import { customerStatus } from "@/lib/customers/status";
import type { Dashboard } from "@/lib/dashboard/figures";
import { formatKurus } from "@/lib/money";
import { orderStatus } from "@/lib/orders/status";
import { quoteStatus } from "@/lib/quotes/status";
import { formatCount } from "../format";
import { FigureCard, FigureGroup } from "./figure-card";

/** Every figure of `/yonetim`, grouped by what operations act on; each card opens its list. */
export function DashboardFigures({ dashboard }: { dashboard: Dashboard }) {
  const { customers, quotes } = dashboard;
  return (
    <div className="flex flex-col gap-8">
      <FigureGroup id="bu-donem" title="Bu dönem">
        <FigureCard
          label="Siparişler"
          value={formatCount(dashboard.orders.value)}
          detail="Dönemde oluşturulan, her durumdan"
          href={dashboard.orders.href}
        />
        <FigureCard
          label="Paketler"
          value={formatCount(dashboard.packages.value)}
          detail="İptal edilenler hariç"
          href={dashboard.packages.href}
        />
        <FigureCard
          label="Gelir (KDV hariç)"
          value={formatKurus(dashboard.revenue.net)}
          detail={`${formatCount(dashboard.revenue.invoices)} ödenen fatura · KDV dahil ${formatKurus(dashboard.revenue.gross)}`}
          href={dashboard.revenue.href}
        />
      </FigureGroup>
      <FigureGroup id="siparisler" title="Siparişler">
        <FigureCard
          label="İşlenmeyi bekleyen siparişler"
          value={formatCount(dashboard.pendingOrders.value)}
          detail={`Durumu ${orderStatus.labels.pending} olanlar`}
          href={dashboard.pendingOrders.href}
          tone={dashboard.pendingOrders.value > 0 ? "warning" : "default"}
        />
        <FigureCard
          label="Geciken siparişler"
          value={formatCount(dashboard.lateOrders.value)}
          detail={`${orderStatus.labels.processing}, tahmini tamamlanması geçmiş`}
          href={dashboard.lateOrders.href}
          tone={dashboard.lateOrders.value > 0 ? "danger" : "default"}
        />
      </FigureGroup>
      <FigureGroup id="faturalar" title="Faturalar">
        <FigureCard
          label="Açık faturalar"
          value={formatKurus(dashboard.openInvoices.total)}
          detail={`${formatCount(dashboard.openInvoices.count)} fatura, ödeme bekleniyor`}
          href={dashboard.openInvoices.href}
        />
        <FigureCard
          label="Gecikmiş faturalar"
          value={formatKurus(dashboard.overdueInvoices.total)}
          detail={`${formatCount(dashboard.overdueInvoices.count)} fatura, vadesi geçmiş`}
          href={dashboard.overdueInvoices.href}
          tone={dashboard.overdueInvoices.count > 0 ? "danger" : "default"}
        />
      </FigureGroup>
      <FigureGroup id="musteriler" title="Müşteriler">
        {(["active", "inactive", "suspended"] as const).map((status) => (
          <FigureCard
            key={status}
            label={customerStatus.labels[status]}
            value={formatCount(customers[status].value)}
            detail="müşteri"
            href={customers[status].href}
            tone={status === "suspended" && customers.suspended.value > 0 ? "danger" : "default"}
          />
        ))}
      </FigureGroup>
      <FigureGroup id="teklifler" title="Bekleyen teklifler">
        {(["pending", "reviewed", "quoted"] as const).map((status) => (
          <FigureCard
            key={status}
            label={quoteStatus.labels[status]}
            value={formatCount(quotes[status].value)}
            detail={status === "quoted" ? "Müşterinin yanıtı bekleniyor" : "Operasyonun yanıtı bekleniyor"}
            href={quotes[status].href}
            tone={status === "pending" && quotes.pending.value > 0 ? "warning" : "default"}
          />
        ))}
      </FigureGroup>
    </div>
  );
}
