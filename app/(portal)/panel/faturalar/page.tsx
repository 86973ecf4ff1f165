import type { Metadata } from "next";
import { invoiceColumns } from "@/components/billing/invoice-columns";
import { InvoiceFilters } from "@/components/billing/invoice-filters";
import { invoiceListState } from "@/components/billing/invoice-list-state";
import { PageHeader } from "@/components/layout/page-header";
import { InvoiceAddressNotice } from "@/components/portal/invoice-address-notice";
import { DataTable } from "@/components/ui/data-table";
import { query } from "@/db";
import { getCustomerProfile } from "@/db/queries/customer-account";
import { listInvoices } from "@/db/queries/invoice-list";
import { requireCustomer } from "@/lib/auth/session";
import { customerInvoiceList } from "@/lib/billing/filters";
import { hasInvoiceAddress } from "@/lib/customers/invoice-address";
import { INVOICES_PATH } from "@/lib/billing/links";
import { INVOICE_STATUSES } from "@/lib/billing/status";
import type { SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "Faturalar" };

const columns = invoiceColumns({ basePath: INVOICES_PATH });
const CUSTOMER_STATUSES = INVOICE_STATUSES.filter((status) => status !== "draft");

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireCustomer();
  const filters = customerInvoiceList.parse(await searchParams);
  const [list, customer] = await Promise.all([
    query(listInvoices, { customerId: user.customerId, filters }),
    query(getCustomerProfile, { customerId: user.customerId }),
  ]);
  const state = invoiceListState(INVOICES_PATH, customerInvoiceList, filters, list);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Faturalar"
        description="Her ayın 15'inde biten dönemin faturası kesilir; faturayı kesildikten sonraki 24 saat içinde ödeyin."
      />
      {customer && !hasInvoiceAddress(customer) && <InvoiceAddressNotice />}
      <InvoiceFilters
        path={INVOICES_PATH}
        params={state.params}
        now={new Date()}
        statuses={CUSTOMER_STATUSES}
        ignored={filters.ignored}
      />
      <DataTable
        caption="Faturalar"
        noun="fatura"
        columns={columns}
        rows={list.rows}
        rowKey={(row) => row.id}
        list={state}
        empty={{
          title: "Henüz faturanız yok",
          description: "İlk faturanız, siparişlerinizin tamamlandığı dönem bittiğinde burada görünecek.",
        }}
      />
    </div>
  );
}
