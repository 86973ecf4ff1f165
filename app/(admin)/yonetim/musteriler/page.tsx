import type { Metadata } from "next";
import { CsvLink } from "@/components/admin/csv-link";
import { CustomerStatusBadge } from "@/components/admin/customer/customer-status-badge";
import { serviceOptions, statusOptions, tierOptions } from "@/components/admin/customer/labels";
import { formatCount } from "@/components/admin/format";
import { PageHeader } from "@/components/layout/page-header";
import {
  DataTable,
  FilterBar,
  ignoredTextReason,
  type IgnoredField,
  FilterSearch,
  FilterSelect,
  type Column,
} from "@/components/ui/data-table";
import { query } from "@/db";
import { listCustomers, type CustomerListRow } from "@/db/queries/customers";
import { requireAdmin } from "@/lib/auth/session";
import {
  CUSTOMER_FIRST_DIRECTION,
  CUSTOMERS_PAGE_SIZE,
  CUSTOMERS_PATH,
  customerList,
  SEARCH_MIN_WORD,
} from "@/lib/customers/filters";
import { formatIstanbulDate } from "@/lib/dates";
import { formatKurus } from "@/lib/money";
import { SERVICE_TYPE_LABELS } from "@/lib/onboarding/schemas";

export const metadata: Metadata = { title: "Müşteriler" };

const columns: Column<CustomerListRow>[] = [
  {
    key: "firma",
    header: "Firma",
    mobile: "title",
    sortable: true,
    firstDirection: CUSTOMER_FIRST_DIRECTION.firma,
    cell: (row) => (
      <>
        <a href={`${CUSTOMERS_PATH}/${row.id}`} className="data-link">
          {row.companyName || "Firma adı girilmemiş"}
        </a>
        <span className="data-sub tabular-nums">{`Vergi no ${row.taxId || "–"}`}</span>
      </>
    ),
  },
  { key: "durum", header: "Durum", mobile: "status", cell: (row) => <CustomerStatusBadge status={row.status} /> },
  {
    key: "yetkili",
    header: "Yetkili",
    cell: (row) => (
      <span>
        {row.contactName}
        <span className="data-sub break-all">{row.email}</span>
      </span>
    ),
  },
  {
    key: "hizmet",
    header: "Hizmet",
    cell: (row) =>
      row.serviceType === "custom" && row.contractUnitPrice !== null
        ? `${SERVICE_TYPE_LABELS.custom} (${formatKurus(row.contractUnitPrice)})`
        : SERVICE_TYPE_LABELS[row.serviceType],
  },
  {
    key: "kademe",
    header: "Bu dönem",
    align: "end",
    className: "whitespace-nowrap",
    cell: (row) => `${formatCount(row.periodPackages)} paket (${row.tier})`,
  },
  {
    key: "kayit",
    header: "Kayıt",
    mobile: "hidden",
    sortable: true,
    firstDirection: CUSTOMER_FIRST_DIRECTION.kayit,
    cell: (row) => formatIstanbulDate(row.createdAt),
  },
];

/** The select filters' labels: their fields' and, for a value of the address none takes, their notices'. */
const LABELS = { durum: "Durum", kademe: "Kademe", hizmet: "Hizmet türü" } as const;

/** What the bar says of a value of the address it cannot use, in the order of the fields. */
const FIELDS: Record<string, IgnoredField> = {
  q: { label: "Arama", reason: (value) => ignoredTextReason(value, { minWord: SEARCH_MIN_WORD }) },
  ...LABELS,
};

/** Operations' customers: search, filters and order in the URL, keyset pages, a capped count. */
export default async function CustomersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin();
  const search = await searchParams;
  const filters = customerList.parse(search);
  const { rows, next, previous, count } = await query(listCustomers, { filters });
  const { cursor: _cursor, ...position } = filters;
  const params = customerList.params(filters);
  const href = (cursor: typeof filters.cursor | null) =>
    cursor ? customerList.href(CUSTOMERS_PATH, { ...position, cursor }) : null;
  const typedSearch = typeof search.q === "string" ? search.q : undefined;
  const filtered = Boolean(filters.search || filters.status || filters.tier || filters.serviceType);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Müşteriler"
        description="Firma, yetkili, e-posta ya da vergi numarasıyla arayın; Türkçe harfler ve büyük-küçük harf fark etmez."
        actions={<CsvLink href={`${CUSTOMERS_PATH}/csv`} params={params} />}
      />
      <FilterBar
        path={CUSTOMERS_PATH}
        params={params}
        label="Müşteri filtreleri"
        ignored={filters.ignored}
        fields={FIELDS}
      >
        <FilterSearch name="q" defaultValue={typedSearch} placeholder={`En az ${SEARCH_MIN_WORD} harf`} />
        <FilterSelect name="durum" label={LABELS.durum} options={statusOptions} defaultValue={filters.status} />
        <FilterSelect name="kademe" label={LABELS.kademe} options={tierOptions} defaultValue={filters.tier} />
        <FilterSelect name="hizmet" label={LABELS.hizmet} options={serviceOptions} defaultValue={filters.serviceType} />
      </FilterBar>
      <DataTable
        caption="Müşteriler"
        noun="müşteri"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        list={{
          path: CUSTOMERS_PATH,
          params,
          page: 1,
          pageCount: 1,
          total: count.value,
          totalCapped: count.capped,
          keyset: {
            first: previous ? customerList.href(CUSTOMERS_PATH, { ...position, cursor: undefined }) : null,
            previous: href(previous),
            next: href(next),
          },
          pageSize: CUSTOMERS_PAGE_SIZE,
          sort: filters.order,
          filtered,
        }}
        empty={{ title: "Henüz müşteri yok", description: "Aktivasyonu tamamlayan firmalar burada listelenir." }}
      />
    </div>
  );
}
