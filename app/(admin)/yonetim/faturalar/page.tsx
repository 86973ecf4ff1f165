import type { Metadata } from "next";
import { invoiceColumns } from "@/components/billing/invoice-columns";
import { CsvLink } from "@/components/admin/csv-link";
import { CustomerFilterField } from "@/components/admin/customer-filter-field";
import { BillingRuns } from "@/components/billing/billing-runs";
import { InvoiceFilters, recentPeriods } from "@/components/billing/invoice-filters";
import { invoiceListState } from "@/components/billing/invoice-list-state";
import { PageHeader } from "@/components/layout/page-header";
import { DataTable, ListTotal, ListTotals } from "@/components/ui/data-table";
import { query } from "@/db";
import { listBillingRuns } from "@/db/queries/billing";
import { getCustomerOption } from "@/db/queries/customers";
import { listInvoices } from "@/db/queries/invoice-list";
import { inngestConfigured } from "@/inngest/client";
import { requireAdmin } from "@/lib/auth/session";
import { ADMIN_INVOICES_PATH, adminInvoiceList } from "@/lib/billing/filters";
import { lastEndedPeriod, periodKey } from "@/lib/billing/period";
import type { SearchParams } from "@/lib/list-params";
import { formatKurus } from "@/lib/money";
import { RunActions } from "./run-actions";

export const metadata: Metadata = { title: "Faturalar" };

/** How many of the latest billing runs the page shows. */
const RECENT_RUNS = 5;

const columns = invoiceColumns({ basePath: ADMIN_INVOICES_PATH, customerPath: "/yonetim/musteriler" });

export default async function AdminInvoicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Checked here, not only in the layout: a client-side move between admin pages renders the page alone.
  await requireAdmin();
  const filters = adminInvoiceList.parse(await searchParams);
  const [list, runs, chosen] = await Promise.all([
    query(listInvoices, { customerId: null, filters }),
    query(listBillingRuns, { limit: RECENT_RUNS }),
    filters.customerId ? query(getCustomerOption, { customerId: filters.customerId }) : null,
  ]);
  const state = invoiceListState(ADMIN_INVOICES_PATH, adminInvoiceList, filters, list);
  const now = new Date();
  const count = list.count.toLocaleString("tr-TR");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Faturalar"
        description="Bütün müşterilerin faturaları. Biten dönem her ayın 15'inde saat 09:00'da otomatik faturalandırılır; burada elle de çalıştırabilirsiniz."
      />
      <RunActions periods={recentPeriods(now).slice(1)} defaultPeriod={periodKey(lastEndedPeriod(now))} />
      <InvoiceFilters
        path={ADMIN_INVOICES_PATH}
        params={state.params}
        now={now}
        search
        customerFilter={<CustomerFilterField customerId={filters.customerId} chosen={chosen} />}
        ignored={filters.ignored}
      />
      <DataTable
        caption="Faturalar"
        noun="fatura"
        columns={columns}
        rows={list.rows}
        rowKey={(row) => row.id}
        list={state}
        actions={<CsvLink href={`${ADMIN_INVOICES_PATH}/csv`} params={state.params} />}
        footer={
          list.totals === null ? (
            <p>{`${count}+ fatura seçili: tutar toplamları en çok ${count} fatura için hesaplanır. Toplamlar için listeyi bir dönem, durum ya da müşteriyle daraltın.`}</p>
          ) : (
            <ListTotals label="Filtrelenen faturaların toplamları">
              <ListTotal label="Fatura" id="adet">
                {count}
              </ListTotal>
              <ListTotal label="Ara toplam" id="ara-toplam">
                {formatKurus(list.totals.subtotal)}
              </ListTotal>
              <ListTotal label="KDV" id="kdv">
                {formatKurus(list.totals.kdv)}
              </ListTotal>
              <ListTotal label="Toplam" id="toplam">
                {formatKurus(list.totals.total)}
              </ListTotal>
            </ListTotals>
          )
        }
        empty={{
          title: "Henüz fatura yok",
          description: "Bir dönem bittiğinde yukarıdaki “Dönemi faturalandır” düğmesiyle faturaları kesebilirsiniz.",
        }}
      />
      <BillingRuns runs={runs} now={now} perCustomer={inngestConfigured()} />
    </div>
  );
}
