import "./helpers/next-mocks";
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  inviteUserAction,
  resendInvitationAction,
  revokeInvitationAction,
} from "@/app/(portal)/panel/hesap/team-actions";
import { getDb, query } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import { findUsableInvitation, listPendingInvitations } from "@/db/queries/invitations";
import { auditLogs, emails, userInvitations } from "@/db/schema";
import { acceptInvitation } from "@/lib/account/invitations";
import { sha256Hex } from "@/lib/tokens";
import { anonymousCtx } from "./helpers/context";
import { sessionOf, twoCustomers } from "./helpers/fixtures";
import { signInAs } from "./helpers/request";

async function latestToken(): Promise<string> {
  const db = await getDb();
  const [mail] = await db
    .select()
    .from(emails)
    .where(eq(emails.template, "user-invitation"))
    .orderBy(desc(emails.createdAt))
    .limit(1);
  return new URL(String(mail?.data.invitationUrl)).pathname.replace("/davet/", "");
}

const invitationsOf = async (customerId: string) =>
  (await getDb())
    .select()
    .from(userInvitations)
    .where(eq(userInvitations.customerId, customerId))
    .orderBy(userInvitations.createdAt);

const auditActions = async (action: string) =>
  (await getDb()).select().from(auditLogs).where(eq(auditLogs.action, action));

describe("pending invitations", () => {
  it("are never duplicated: a second invite of the address says so on its field and sends nothing", async () => {
    const { customerA, userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    expect(await inviteUserAction(null, { email: "ayse@posta.test" })).toMatchObject({ ok: true });
    expect(await inviteUserAction(null, { email: " Ayse@Posta.test " })).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringMatching(/^Bu adrese gönderilmiş bekleyen bir davet var/)] },
    });
    expect(await invitationsOf(customerA.id)).toHaveLength(1);
    const db = await getDb();
    expect(await db.select().from(emails).where(eq(emails.recipient, "ayse@posta.test"))).toHaveLength(1);
  });

  it("are one per company and address in the database itself, whatever the code does", async () => {
    const { customerA, userA } = await twoCustomers();
    const db = await getDb();
    const row = (tokenHash: string, email: string) => ({
      customerId: customerA.id,
      email,
      tokenHash,
      invitedBy: userA.id,
      expiresAt: new Date(Date.now() + 3600_000),
    });
    await db.insert(userInvitations).values(row("a".repeat(64), "ayse@posta.test"));
    const error = await db
      .insert(userInvitations)
      .values(row("b".repeat(64), "AYSE@posta.test"))
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(isUniqueViolation(error, "user_invitations_pending_unique")).toBe(true);
    // A revoked one no longer counts.
    await db.update(userInvitations).set({ revokedAt: new Date() });
    await db.insert(userInvitations).values(row("c".repeat(64), "ayse@posta.test"));
    expect(await invitationsOf(customerA.id)).toHaveLength(2);
  });

  it("replace an expired invitation of the address with a new one", async () => {
    const { customerA, userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    expect(await inviteUserAction(null, { email: "ayse@posta.test" })).toMatchObject({ ok: true });
    const db = await getDb();
    await db.update(userInvitations).set({ expiresAt: new Date(Date.now() - 1000) });
    const listed = await query(listPendingInvitations, { customerId: customerA.id });
    expect(listed).toMatchObject([{ email: "ayse@posta.test", expired: true }]);

    expect(await inviteUserAction(null, { email: "ayse@posta.test" })).toMatchObject({ ok: true });
    const [old, fresh] = await invitationsOf(customerA.id);
    expect(old!.revokedAt).not.toBeNull();
    expect(fresh).toMatchObject({ revokedAt: null, acceptedAt: null });
    expect(await query(findUsableInvitation, { token: await latestToken() })).toMatchObject({
      email: "ayse@posta.test",
    });
  });

  it("can be revoked: the link stops working, the row stays, the change is audited", async () => {
    const { customerA, userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    await inviteUserAction(null, { email: "ayse@posta.test" });
    const token = await latestToken();
    const [invitation] = await invitationsOf(customerA.id);

    expect(await revokeInvitationAction(null, { invitationId: invitation!.id })).toEqual({
      ok: true,
      data: undefined,
      message: "ayse@posta.test adresine gönderilen davet geri alındı; bağlantısı artık çalışmaz.",
    });
    expect(await query(findUsableInvitation, { token })).toBeNull();
    await expect(
      acceptInvitation(anonymousCtx(), { token, name: "Ayşe Kaya", password: "Ayse-Sifresi-2026" }),
    ).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    expect(await query(listPendingInvitations, { customerId: customerA.id })).toEqual([]);
    expect(await auditActions("user.invitation_revoked")).toMatchObject([
      { entityId: invitation!.id, actorUserId: userA.id },
    ]);
    // Twice is "not found", and the address can be invited again.
    expect(await revokeInvitationAction(null, { invitationId: invitation!.id })).toEqual({
      ok: false,
      formError: "Davet bulunamadı ya da artık beklemiyor.",
    });
    expect(await inviteUserAction(null, { email: "ayse@posta.test" })).toMatchObject({ ok: true });
  });

  it("can be resent: a new 7-day link replaces the old one, audited", async () => {
    const { customerA, userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    await inviteUserAction(null, { email: "ayse@posta.test" });
    const oldToken = await latestToken();
    const [before] = await invitationsOf(customerA.id);
    const db = await getDb();
    await db.update(userInvitations).set({ expiresAt: new Date(Date.now() - 1000) });

    expect(await resendInvitationAction(null, { invitationId: before!.id })).toMatchObject({
      ok: true,
      message: "Davet ayse@posta.test adresine yeniden gönderildi. Yeni bağlantı 7 gün geçerlidir.",
    });
    const newToken = await latestToken();
    expect(newToken).not.toBe(oldToken);
    const [after] = await invitationsOf(customerA.id);
    expect(after).toMatchObject({ id: before!.id, tokenHash: sha256Hex(newToken), revokedAt: null });
    expect(after!.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * 24 * 3600_000 - 60_000);
    expect(await query(findUsableInvitation, { token: oldToken })).toBeNull();
    expect(await query(findUsableInvitation, { token: newToken })).toMatchObject({ email: "ayse@posta.test" });
    expect(await db.select().from(emails).where(eq(emails.recipient, "ayse@posta.test"))).toHaveLength(2);
    expect(await auditActions("user.invitation_resent")).toMatchObject([{ entityId: before!.id }]);
  });

  it("of another company can be neither revoked nor resent, and nothing changes", async () => {
    const { customerA, userA, userB } = await twoCustomers();
    signInAs(sessionOf(userA));
    await inviteUserAction(null, { email: "ayse@posta.test" });
    const token = await latestToken();
    const [invitation] = await invitationsOf(customerA.id);

    signInAs(sessionOf(userB));
    const notFound = { ok: false, formError: "Davet bulunamadı ya da artık beklemiyor." };
    expect(await revokeInvitationAction(null, { invitationId: invitation!.id })).toEqual(notFound);
    expect(await resendInvitationAction(null, { invitationId: invitation!.id })).toEqual(notFound);
    expect(await query(findUsableInvitation, { token })).toMatchObject({ email: "ayse@posta.test" });
    const db = await getDb();
    expect(await db.select().from(emails).where(eq(emails.recipient, "ayse@posta.test"))).toHaveLength(1);
    expect(
      await db
        .select()
        .from(auditLogs)
        .where(and(eq(auditLogs.entityId, invitation!.id), eq(auditLogs.actorUserId, userB.id))),
    ).toEqual([]);
  });

  it("are revoked at most 20 times a day per company", async () => {
    const { customerA, userA } = await twoCustomers();
    const db = await getDb();
    await db.insert(userInvitations).values(
      Array.from({ length: 21 }, (_, i) => ({
        customerId: customerA.id,
        email: `kisi${i}@posta.test`,
        tokenHash: sha256Hex(`token-${i}`),
        invitedBy: userA.id,
        expiresAt: new Date(Date.now() + 3600_000),
      })),
    );
    signInAs(sessionOf(userA));
    const rows = await invitationsOf(customerA.id);
    for (const row of rows.slice(0, 20)) {
      expect(await revokeInvitationAction(null, { invitationId: row.id })).toMatchObject({ ok: true });
    }
    expect(await revokeInvitationAction(null, { invitationId: rows[20]!.id })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Çok fazla deneme yapıldı/),
    });
    expect((await invitationsOf(customerA.id)).filter((row) => row.revokedAt === null)).toHaveLength(1);
  });
});
