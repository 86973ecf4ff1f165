import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { query } from "@/db";
import { getCustomerOption } from "@/db/queries/customers";
import { requireAdmin } from "@/lib/auth/session";
import type { SearchParams } from "@/lib/list-params";
import { ADMIN_ORDERS_PATH, adminNewOrderCustomer } from "@/lib/orders/filters";
import { NewOrderForm } from "./new-order-form";

export const metadata: Metadata = { title: "Müşteri adına sipariş" };

/**
 * An order made by operations for a customer (a phone order, a batch that came without one). Its own
 * page, not a section of the order list: the list is read many times a day and the form is seldom
 * used, so the list does not carry it. `?musteri=<id>` chooses the customer (a customer's page links
 * here so); an inactive or unknown customer is simply not chosen.
 */
export default async function AdminNewOrderPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin();
  const customerId = adminNewOrderCustomer(await searchParams);
  const chosen = customerId ? await query(getCustomerOption, { customerId }) : null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Müşteri adına sipariş"
        description="Sipariş müşterinin hesabına eklenir; müşteri onu kendi sipariş listesinde görür."
        breadcrumbs={[{ href: ADMIN_ORDERS_PATH, label: "Siparişler" }]}
      />
      <div className="rounded-lg border border-border bg-card p-4 sm:p-6">
        <NewOrderForm initial={chosen && chosen.status !== "inactive" ? chosen : null} />
      </div>
    </div>
  );
}
