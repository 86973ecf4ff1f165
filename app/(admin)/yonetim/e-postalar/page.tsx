import type { Metadata } from "next";
import { BellRing } from "lucide-react";
import { Link } from "@/components/ui/link";
import { CsvLink } from "@/components/admin/csv-link";
import { keysetLinks } from "@/components/admin/keyset-links";
import { PageHeader } from "@/components/layout/page-header";
import { EMAIL_STATUS_TONES } from "@/components/status/tones";
import {
  DataTable,
  FilterBar,
  FilterDateRange,
  ignoredTextReason,
  type IgnoredField,
  FilterSearch,
  FilterSelect,
  type Column,
} from "@/components/ui/data-table";
import { buttonVariants } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import { query } from "@/db";
import { listEmailLog } from "@/db/queries/emails";
import { isTemplateName, templateLabels } from "@/emails";
import { requireAdmin } from "@/lib/auth/session";
import { formatIstanbulDateTime } from "@/lib/dates";
import {
  EMAIL_LOG_PAGE_SIZE,
  EMAIL_LOG_PATH,
  EMAIL_STATUS_LABELS,
  EMAIL_STATUSES,
  emailLogList,
  RECIPIENT_MIN_LENGTH,
  type EmailLogQuery,
} from "@/lib/email-log/filters";
import type { SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "E-postalar" };

type Row = Awaited<ReturnType<typeof listEmailLog>>["rows"][number];

const templateLabel = (template: string) => (isTemplateName(template) ? templateLabels[template] : template);

const columns: Column<Row>[] = [
  {
    key: "konu",
    header: "Konu",
    mobile: "title",
    cell: (row) => (
      <a href={`${EMAIL_LOG_PATH}/${row.id}`} className="data-link break-words">
        {row.subject ?? `${templateLabel(row.template)} (henüz oluşturulmadı)`}
      </a>
    ),
  },
  {
    key: "durum",
    header: "Durum",
    mobile: "status",
    cell: (row) => <StatusBadge status={row.status} labels={EMAIL_STATUS_LABELS} tones={EMAIL_STATUS_TONES} />,
  },
  {
    key: "alici",
    header: "Alıcı",
    cell: (row) => <span className="max-sm:break-all sm:wrap-break-word">{row.recipient}</span>,
  },
  { key: "sablon", header: "Şablon", cell: (row) => templateLabel(row.template) },
  {
    key: "tarih",
    header: "Tarih",
    className: "whitespace-nowrap",
    cell: (row) => formatIstanbulDateTime(row.createdAt),
  },
  { key: "deneme", header: "Deneme", align: "end", mobile: "hidden", cell: (row) => row.attempts },
];

/** The filters as the URL holds them, already checked: what links and the CSV keep. */
function filterParams(filters: EmailLogQuery): Record<string, string | undefined> {
  return {
    durum: filters.status,
    sablon: filters.template,
    alici: filters.recipient,
    baslangic: filters.fromDate,
    bitis: filters.toDate,
  };
}

/** The select filters' labels: their fields' and, for a value of the address none takes, their notices'. */
const LABELS = { durum: "Durum", sablon: "Şablon" } as const;

/** What the bar says of a value of the address it cannot use, in the order of the fields. */
const FIELDS: Record<string, IgnoredField> = {
  ...LABELS,
  alici: { label: "Alıcı", reason: (value) => ignoredTextReason(value, { min: RECIPIENT_MIN_LENGTH }) },
};

const templateOptions = Object.entries(templateLabels).map(([value, label]) => ({ value, label }));
const statusOptions = EMAIL_STATUSES.map((value) => ({ value, label: EMAIL_STATUS_LABELS[value] }));

export default async function EmailsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin();
  const search = await searchParams;
  const filters = emailLogList.parse(search);
  const typedRecipient = typeof search.alici === "string" ? search.alici.trim() : "";
  const { rows, next, previous, count } = await query(listEmailLog, { filters });
  const params = filterParams(filters);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="E-postalar"
        description="Gönderilen, sırada bekleyen ve gönderilemeyen e-postalar. E-posta gönderimi kurulmamışken e-postalar gönderilmez; burada “Saklandı” olarak durur ve okunabilir."
        actions={
          <Link href={`${EMAIL_LOG_PATH}/uyarilar`} className={buttonVariants({ variant: "outline" })}>
            <BellRing aria-hidden="true" />
            Operasyon uyarıları
          </Link>
        }
      />
      <FilterBar
        path={EMAIL_LOG_PATH}
        params={params}
        label="E-posta filtreleri"
        ignored={filters.ignored}
        fields={FIELDS}
      >
        <FilterSelect name="durum" label={LABELS.durum} options={statusOptions} defaultValue={filters.status} />
        <FilterSelect name="sablon" label={LABELS.sablon} options={templateOptions} defaultValue={filters.template} />
        <FilterSearch
          name="alici"
          label="Alıcı"
          defaultValue={filters.recipient ?? typedRecipient}
          placeholder={`En az ${RECIPIENT_MIN_LENGTH} karakter`}
        />
        <FilterDateRange
          from={{ name: "baslangic", value: filters.fromDate }}
          to={{ name: "bitis", value: filters.toDate }}
          ignored={filters.ignored}
        />
      </FilterBar>
      <DataTable
        caption="E-postalar"
        noun="e-posta"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        list={{
          path: EMAIL_LOG_PATH,
          params,
          page: 1,
          pageCount: 1,
          total: count.value,
          totalCapped: count.capped,
          keyset: keysetLinks(EMAIL_LOG_PATH, params, { next, previous }),
          pageSize: EMAIL_LOG_PAGE_SIZE,
          filtered: Object.values(params).some(Boolean),
        }}
        empty={{ title: "Henüz e-posta yok", description: "Platformun gönderdiği her e-posta burada listelenir." }}
        actions={<CsvLink href={`${EMAIL_LOG_PATH}/csv`} params={params} />}
      />
    </div>
  );
}
