import { ActionButtonForm } from "@/components/forms/action-button-form";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { INVITATION_STATUS_TONES, USER_STATUS_TONES } from "@/components/status/tones";
import { DataTable, type Column, type ListState } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import type { listPendingInvitations } from "@/db/queries/invitations";
import type { listCompanyUsers } from "@/db/queries/users";
import { formatIstanbulDate, formatIstanbulDateTime } from "@/lib/dates";
import { InviteForm } from "./invite-form";
import { removeUserAction, resendInvitationAction, revokeInvitationAction } from "./team-actions";

type Person = Awaited<ReturnType<typeof listCompanyUsers>>[number];
type Invitation = Awaited<ReturnType<typeof listPendingInvitations>>[number];

const PERSON_LABELS = { active: "Etkin", disabled: "Kaldırıldı" } as const;
const INVITATION_LABELS = { open: "Bekliyor", expired: "Süresi doldu" } as const;

/** A short list shown whole: one page, nothing to filter. */
const wholeList = (total: number): ListState => ({
  path: "/panel/hesap",
  params: {},
  page: 1,
  pageCount: 1,
  total,
  pageSize: Math.max(total, 1),
  filtered: false,
});

function peopleColumns(currentUserId: string): Column<Person>[] {
  return [
    {
      key: "ad",
      header: "Ad",
      mobile: "title",
      cell: (person) => (person.id === currentUserId ? `${person.name} (siz)` : person.name),
    },
    {
      key: "durum",
      header: "Durum",
      mobile: "status",
      cell: (person) => (
        <StatusBadge
          status={person.disabled ? "disabled" : "active"}
          labels={PERSON_LABELS}
          tones={USER_STATUS_TONES}
        />
      ),
    },
    { key: "eposta", header: "E-posta", className: "break-all", cell: (person) => person.email },
    {
      key: "giris",
      header: "Son giriş",
      cell: (person) => (person.lastLoginAt ? formatIstanbulDateTime(person.lastLoginAt) : "–"),
    },
    {
      key: "islem",
      header: "İşlem",
      align: "end",
      cell: (person) =>
        person.id !== currentUserId && !person.disabled ? (
          <ConfirmActionForm
            action={removeUserAction}
            fields={{ userId: person.id }}
            trigger="Kaldır"
            triggerLabel={`${person.email}: Kaldır`}
            title="Kullanıcı kaldırılsın mı?"
            description={`${person.name} (${person.email}) artık giriş yapamayacak; açık oturumları hemen kapatılacak ve gönderdiği bekleyen davetler geri alınacak.`}
            confirm="Kaldır"
            busyLabel="Kaldırılıyor…"
          />
        ) : (
          <span className="text-muted-foreground">–</span>
        ),
    },
  ];
}

const invitationColumns: Column<Invitation>[] = [
  { key: "eposta", header: "E-posta", mobile: "title", className: "break-all", cell: (row) => row.email },
  {
    key: "durum",
    header: "Durum",
    mobile: "status",
    cell: (row) => (
      <StatusBadge
        status={row.expired ? "expired" : "open"}
        labels={INVITATION_LABELS}
        tones={INVITATION_STATUS_TONES}
      />
    ),
  },
  { key: "son", header: "Son gün", cell: (row) => formatIstanbulDate(row.expiresAt) },
  {
    key: "islem",
    header: "İşlem",
    align: "end",
    cell: (row) => (
      <div className="flex flex-wrap items-start gap-2 sm:justify-end">
        <ActionButtonForm
          action={resendInvitationAction}
          fields={{ invitationId: row.id }}
          label={`${row.email}: Yeniden gönder`}
          busyLabel="Gönderiliyor…"
        >
          Yeniden gönder
        </ActionButtonForm>
        <ConfirmActionForm
          action={revokeInvitationAction}
          fields={{ invitationId: row.id }}
          trigger="Daveti geri al"
          triggerLabel={`${row.email}: Daveti geri al`}
          title="Davet geri alınsın mı?"
          description={`${row.email} adresine gönderilen bağlantı hemen geçersiz olacak. Gerekirse yeniden davet edebilirsiniz.`}
          confirm="Daveti geri al"
          busyLabel="Geri alınıyor…"
        />
      </div>
    ),
  },
];

/** The company's users: who can sign in, waiting invitations, and inviting or removing a colleague. */
export function TeamSection({
  people,
  invitations,
  currentUserId,
}: {
  people: Person[];
  invitations: Invitation[];
  currentUserId: string;
}) {
  return (
    <div className="flex flex-col gap-6">
      <DataTable
        caption="Firma kullanıcıları"
        noun="kullanıcı"
        columns={peopleColumns(currentUserId)}
        rows={people}
        rowKey={(person) => person.id}
        list={wholeList(people.length)}
        empty={{ title: "Henüz kullanıcı yok" }}
      />
      <section aria-labelledby="bekleyen-davetler" className="flex flex-col gap-3">
        <h3 id="bekleyen-davetler" className="font-semibold">
          Bekleyen davetler
        </h3>
        <DataTable
          caption="Bekleyen davetler"
          noun="davet"
          columns={invitationColumns}
          rows={invitations}
          rowKey={(row) => row.id}
          list={wholeList(invitations.length)}
          empty={{ title: "Bekleyen davet yok", description: "Bir iş arkadaşınızı aşağıdan davet edebilirsiniz." }}
        />
      </section>
      <InviteForm />
    </div>
  );
}
