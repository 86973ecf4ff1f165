import type { Metadata } from "next";
import { CsvLink } from "@/components/admin/csv-link";
import { PageHeader } from "@/components/layout/page-header";
import { USER_STATUS_TONES } from "@/components/status/tones";
import {
  DataTable,
  FilterBar,
  FilterSearch,
  FilterSelect,
  ignoredTextReason,
  type Column,
} from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { query } from "@/db";
import { listUsers } from "@/db/queries/users";
import { requireAdmin } from "@/lib/auth/session";
import {
  USER_ROLE_LABELS,
  USER_STATUS_LABELS,
  userList,
  USERS_PAGE_SIZE,
  USERS_PATH as PATH,
} from "@/lib/auth/user-filters";
import { formatIstanbulDateTime } from "@/lib/dates";
import { CreateAdminForm } from "./create-admin-form";
import { UserStatusButton } from "./user-status-button";

export const metadata: Metadata = { title: "Kullanıcılar" };

type Row = Awaited<ReturnType<typeof listUsers>>["rows"][number];

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/** The filters' labels, and what the bar says of a value of the address none takes. */
const FIELDS = {
  rol: "Rol",
  durum: "Durum",
  q: { label: "Arama", reason: (value: string) => ignoredTextReason(value) },
};

function columns(meId: string): Column<Row>[] {
  return [
    { key: "eposta", header: "E-posta", mobile: "title", className: "break-all", cell: (user) => user.email },
    {
      key: "durum",
      header: "Durum",
      mobile: "status",
      cell: (user) => (
        <StatusBadge
          status={user.disabled ? "disabled" : "active"}
          labels={USER_STATUS_LABELS}
          tones={USER_STATUS_TONES}
        />
      ),
    },
    { key: "ad", header: "Ad", cell: (user) => user.name },
    {
      key: "rol",
      header: "Rol",
      cell: (user) =>
        user.customerId ? (
          <a href={`/yonetim/musteriler/${user.customerId}`} className="data-link">
            {USER_ROLE_LABELS[user.role]}
          </a>
        ) : (
          USER_ROLE_LABELS[user.role]
        ),
    },
    {
      key: "giris",
      header: "Son giriş",
      cell: (user) => (user.lastLoginAt ? formatIstanbulDateTime(user.lastLoginAt) : "–"),
    },
    {
      key: "islem",
      header: "İşlem",
      align: "end",
      cell: (user) =>
        user.id === meId ? (
          <span className="text-muted-foreground">Siz</span>
        ) : (
          <UserStatusButton userId={user.id} disabled={user.disabled} email={user.email} />
        ),
    },
  ];
}

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await requireAdmin();
  const filters = userList.parse(await searchParams);
  const list = await query(listUsers, { filters });
  const params = userList.params(filters);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Kullanıcılar"
        description="Yöneticiler ve müşteri kullanıcıları. Devre dışı bir kullanıcı giriş yapamaz."
      />
      <FilterBar path={PATH} params={params} label="Kullanıcı filtreleri" ignored={filters.ignored} fields={FIELDS}>
        <FilterSelect name="rol" label={FIELDS.rol} defaultValue={filters.role} options={options(USER_ROLE_LABELS)} />
        <FilterSelect
          name="durum"
          label={FIELDS.durum}
          defaultValue={filters.status}
          options={options(USER_STATUS_LABELS)}
        />
        <FilterSearch name="q" defaultValue={filters.search} placeholder="Ad ya da e-posta" />
      </FilterBar>
      <DataTable
        caption="Kullanıcılar"
        noun="kullanıcı"
        columns={columns(me.id)}
        rows={list.rows}
        rowKey={(user) => user.id}
        list={{
          path: PATH,
          params,
          page: filters.page,
          pageCount: list.pageCount,
          total: list.total,
          pageSize: USERS_PAGE_SIZE,
          filtered: Boolean(filters.role || filters.status || filters.search),
        }}
        empty={{ title: "Henüz kullanıcı yok" }}
        actions={<CsvLink href={`${PATH}/csv`} params={params} />}
      />
      <section aria-labelledby="yeni-yonetici" className="rounded-lg border border-border bg-card p-4 sm:p-6">
        <h2 id="yeni-yonetici" className="mb-4 text-lg font-semibold">
          Yeni yönetici
        </h2>
        <CreateAdminForm />
      </section>
    </div>
  );
}
