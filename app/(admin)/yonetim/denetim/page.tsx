import type { Metadata } from "next";
import { CsvLink } from "@/components/admin/csv-link";
import { dayLabel } from "@/components/admin/format";
import { keysetHref, keysetLinks } from "@/components/admin/keyset-links";
import { PageHeader } from "@/components/layout/page-header";
import {
  DataTable,
  FilterBar,
  FilterDateRange,
  FilterSelect,
  ignoredTextReason,
  type Column,
} from "@/components/ui/data-table";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { query } from "@/db";
import { listAuditLog, type AuditLogRow } from "@/db/queries/audit-log";
import { listAdminUsers } from "@/db/queries/users";
import { requireAdmin } from "@/lib/auth/session";
import { formatIstanbulDateTime, isCalendarDate } from "@/lib/dates";
import { AUDIT_LOG_PAGE_SIZE, AUDIT_LOG_PATH, auditLogList, type AuditLogQuery } from "@/lib/audit-log/filters";
import { actionLabel, AUDIT_ACTION_LABELS, type AuditPeople } from "@/lib/audit-log/labels";
import type { SearchParams } from "@/lib/list-params";
import { AuditDiff } from "./audit-diff";

export const metadata: Metadata = { title: "Denetim kaydı" };

const ENTITY_LABELS: Record<string, string> = {
  customer: "Müşteri",
  email: "E-posta",
  export: "CSV dışa aktarma",
  integration: "Entegrasyon",
  invoice: "Fatura",
  onboarding_session: "Başvuru",
  ops_alerts: "Operasyon uyarıları",
  order: "Sipariş",
  payment: "Ödeme",
  pricing: "Fiyatlandırma",
  quote: "Teklif",
  user: "Kullanıcı",
  user_invitation: "Kullanıcı daveti",
  user_session: "Oturum",
};

const entityLabel = (type: string) => ENTITY_LABELS[type] ?? type;
const entityOptions = Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }));
const actionOptions = Object.entries(AUDIT_ACTION_LABELS)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label, "tr"));

/** The filters' labels, and what the bar says of a value of the address none takes. */
const FIELDS = {
  tur: "Kayıt türü",
  kayit: { label: "Kayıt no", reason: (value: string) => ignoredTextReason(value, { max: 100 }) },
  kullanici: "Kullanıcı",
  islem: "İşlem",
};

/** A uuid's first part (enough to tell rows apart; the link and the CSV carry it whole). */
/** A row id shortened to its first part, a day (a price version's) as the calendar writes it, else as stored. */
const shortId = (id: string) => {
  if (/^[0-9a-f]{8}-[0-9a-f-]{27}$/.test(id)) return `${id.slice(0, 8)}…`;
  return isCalendarDate(id) ? dayLabel(id) : id;
};

function filterParams(filters: AuditLogQuery): Record<string, string | undefined> {
  return {
    tur: filters.entityType,
    kayit: filters.entityId,
    kullanici: filters.actorUserId,
    islem: filters.action,
    baslangic: filters.fromDate,
    bitis: filters.toDate,
  };
}

// Long e-mails and ids break anywhere on a phone; on wider screens only between words.
// At least 24 px tall: two of them stack in one cell (WCAG 2.2 target size).
const filterLinkBase = "inline-flex min-h-6 items-center rounded-sm text-primary underline-offset-2 hover:underline";
const filterLink = `${filterLinkBase} max-sm:break-all sm:wrap-break-word`;
// A user's e-mail has no space to break at: between words only, it alone would widen the table.
const actorLink = `${filterLinkBase} max-sm:break-all sm:wrap-anywhere`;

function columns(params: Record<string, string | undefined>, people: AuditPeople): Column<AuditLogRow>[] {
  // Each value links to the log filtered by it: who else touched this order, what else this user did.
  const narrowed = (changes: Record<string, string>) => keysetHref(AUDIT_LOG_PATH, { ...params, ...changes }, null);
  return [
    {
      key: "tarih",
      header: "Tarih",
      mobile: "title",
      // The time may go under the day: the before and after need the width more.
      cell: (row) => formatIstanbulDateTime(row.createdAt),
    },
    {
      key: "islem",
      header: "İşlem",
      cell: (row) => (
        <a href={narrowed({ islem: row.action })} title={row.action} className={filterLink}>
          {actionLabel(row.action)}
        </a>
      ),
    },
    {
      key: "kim",
      header: "Kim",
      cell: (row) => (
        <span className="flex flex-col items-end gap-0.5 sm:max-w-56 sm:min-w-36 sm:items-start">
          {row.actorUserId ? (
            <a href={narrowed({ kullanici: row.actorUserId })} className={actorLink}>
              {row.actorLabel}
            </a>
          ) : (
            <span className="max-sm:break-all sm:wrap-anywhere">{row.actorLabel}</span>
          )}
          {row.ipAddress && <span className="data-sub tabular-nums">{`IP ${row.ipAddress}`}</span>}
        </span>
      ),
    },
    {
      key: "kayit",
      header: "Kayıt",
      cell: (row) => (
        <span className="flex flex-col items-end gap-0.5 sm:items-start">
          <a href={narrowed({ tur: row.entityType })} className={filterLink}>
            {entityLabel(row.entityType)}
          </a>
          {row.entityId && (
            <a
              href={narrowed({ tur: row.entityType, kayit: row.entityId })}
              title={row.entityId}
              className={`${filterLink} font-mono text-xs`}
            >
              {shortId(row.entityId)}
            </a>
          )}
        </span>
      ),
    },
    {
      key: "degisiklik",
      header: "Önce / Sonra",
      className: "max-sm:flex-col max-sm:gap-2",
      cell: (row) => <AuditDiff entityType={row.entityType} before={row.before} after={row.after} people={people} />,
    },
  ];
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin();
  const filters = auditLogList.parse(await searchParams);
  const [{ rows, next, previous, count }, admins] = await Promise.all([
    query(listAuditLog, { filters }),
    query(listAdminUsers, {}),
  ]);
  const params = filterParams(filters);
  const userOptions = admins.map((admin) => ({ value: admin.id, label: admin.email }));
  // Who a stored user id (a quote's reviewer) names: the admins, and whoever acted on this page.
  const people: AuditPeople = new Map([
    ...admins.map((admin) => [admin.id, admin.email] as const),
    ...rows.flatMap((row) => (row.actorUserId ? [[row.actorUserId, row.actorLabel] as const] : [])),
  ]);
  if (filters.actorUserId && !admins.some((admin) => admin.id === filters.actorUserId)) {
    const label = rows.find((row) => row.actorUserId === filters.actorUserId)?.actorLabel ?? "Seçili kullanıcı";
    userOptions.unshift({ value: filters.actorUserId, label });
  }
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Denetim kaydı"
        description="Teklif, müşteri, sipariş, fatura, ödeme ve fiyat değişikliklerinin kim tarafından, ne zaman yapıldığı; değişiklikten önceki ve sonraki değerleriyle."
      />
      <FilterBar
        path={AUDIT_LOG_PATH}
        params={params}
        label="Denetim kaydı filtreleri"
        ignored={filters.ignored}
        fields={FIELDS}
      >
        <FilterSelect name="tur" label={FIELDS.tur} options={entityOptions} defaultValue={filters.entityType} />
        <Field label={FIELDS.kayit.label}>
          {(a11y) => <Input {...a11y} name="kayit" defaultValue={filters.entityId} placeholder="Kaydın kimliği" />}
        </Field>
        <FilterSelect
          name="kullanici"
          label={FIELDS.kullanici}
          options={userOptions}
          defaultValue={filters.actorUserId}
        />
        <FilterSelect name="islem" label={FIELDS.islem} options={actionOptions} defaultValue={filters.action} />
        <FilterDateRange
          from={{ name: "baslangic", value: filters.fromDate }}
          to={{ name: "bitis", value: filters.toDate }}
          ignored={filters.ignored}
        />
      </FilterBar>
      <DataTable
        caption="Denetim kaydı"
        noun="kayıt"
        columns={columns(params, people)}
        rows={rows}
        rowKey={(row) => row.id}
        list={{
          path: AUDIT_LOG_PATH,
          params,
          page: 1,
          pageCount: 1,
          total: count.value,
          totalCapped: count.capped,
          keyset: keysetLinks(AUDIT_LOG_PATH, params, { next, previous }),
          pageSize: AUDIT_LOG_PAGE_SIZE,
          filtered: Object.values(params).some(Boolean),
        }}
        empty={{ title: "Henüz denetim kaydı yok", description: "Her durum değişikliği burada listelenir." }}
        actions={<CsvLink href={`${AUDIT_LOG_PATH}/csv`} params={params} />}
      />
    </div>
  );
}
