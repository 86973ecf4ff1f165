import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { customers, userInvitations, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { transactionWithEmails } from "@/lib/email";
import { env } from "@/lib/env";
import { takeLimit, type Limit, type Refusal } from "@/lib/rate-limit";
import { randomToken, sha256Hex } from "@/lib/tokens";
import type { AccountActor } from "./types";
import { userEmailIs } from "@/db/queries/user-email";

export const INVITATION_DAYS = 7;

export class EmailAlreadyUserError extends Error {
  readonly code = "EMAIL_ALREADY_USER" as const;
}

const DAY = 24 * 3600_000;

/** Each invitation is an e-mail we send for a customer: 3 a day to one address, 20 a day per company. */
export function invitationLimits(customerId: string, email: string): Limit[] {
  return [
    { bucket: "invite:recipient", key: email, max: 3, windowMs: DAY },
    { bucket: "invite:customer", key: customerId, max: 20, windowMs: DAY },
  ];
}

export type InviteOutcome = { ok: true } | { ok: false; colleague: true } | { ok: false; limited: Refusal };

/**
 * Invites a colleague to the customer's portal: a random token (only its SHA-256 is stored), valid
 * for 7 days, e-mailed as `/davet/<token>`. Whether an address has an account elsewhere (another
 * company, an admin) is never told: that invitation is sent like any other, and accepting it fails
 * cleanly, since an account belongs to one company. Only the company's own users are refused.
 */
export async function inviteColleague(
  input: { customerId: string; email: string; inviterName: string } & AccountActor,
  now = new Date(),
): Promise<InviteOutcome> {
  const email = input.email.trim().toLowerCase();
  const token = randomToken(32);
  return transactionWithEmails(async (tx, queue): Promise<InviteOutcome> => {
    const taken = await takeLimit(tx, invitationLimits(input.customerId, email), now);
    if (taken.limited) return { ok: false, limited: taken };
    const [user] = await tx.select({ customerId: users.customerId }).from(users).where(userEmailIs(email)).limit(1);
    if (user && user.customerId === input.customerId) return { ok: false, colleague: true };
    const [customer] = await tx
      .select({ companyName: customers.companyName })
      .from(customers)
      .where(eq(customers.id, input.customerId));
    if (!customer) throw new Error("Customer not found");
    const [invitation] = await tx
      .insert(userInvitations)
      .values({
        customerId: input.customerId,
        email,
        tokenHash: sha256Hex(token),
        invitedBy: input.actor.id,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY),
      })
      .returning({ id: userInvitations.id });
    await queue({
      to: email,
      template: "user-invitation",
      data: {
        companyName: customer.companyName,
        inviterName: input.inviterName,
        invitationUrl: new URL(`/davet/${token}`, env().APP_URL).toString(),
        expiresInDays: INVITATION_DAYS,
      },
    });
    await writeAudit(tx, {
      actor: { kind: "user", userId: input.actor.id, email: input.actor.email },
      action: "user.invited",
      entityType: "user_invitation",
      entityId: invitation!.id,
      after: { email, customerId: input.customerId },
      ip: input.ip,
      requestId: input.requestId,
    });
    return { ok: true };
  });
}

const usable = (tokenHash: string, now: Date) =>
  and(
    eq(userInvitations.tokenHash, tokenHash),
    isNull(userInvitations.acceptedAt),
    isNull(userInvitations.revokedAt),
    gt(userInvitations.expiresAt, now),
  );

/** The open invitation behind a link, for the page (accepting checks again atomically). */
export async function findUsableInvitation(token: string, now = new Date()) {
  if (token.length < 20 || token.length > 200) return null;
  const db = await getDb();
  const [row] = await db
    .select({ email: userInvitations.email, companyName: customers.companyName })
    .from(userInvitations)
    .innerJoin(customers, eq(customers.id, userInvitations.customerId))
    .where(usable(sha256Hex(token), now))
    .limit(1);
  return row ?? null;
}

/**
 * Turns an invitation into a customer user: single use (consumed by a conditional update), and the
 * new user belongs to the inviting customer only. Null when the link is not usable.
 */
export async function acceptInvitation(
  input: { token: string; name: string; password: string; ip?: string | null; requestId?: string | null },
  now = new Date(),
): Promise<{ email: string } | null> {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [invitation] = await tx
        .update(userInvitations)
        .set({ acceptedAt: now })
        .where(usable(sha256Hex(input.token), now))
        .returning({ id: userInvitations.id, customerId: userInvitations.customerId, email: userInvitations.email });
      if (!invitation) return null;
      const [user] = await tx
        .insert(users)
        .values({
          email: invitation.email,
          name: input.name,
          passwordHash,
          role: "customer",
          customerId: invitation.customerId,
        })
        .returning({ id: users.id, email: users.email });
      await writeAudit(tx, {
        actor: { kind: "user", userId: user!.id, email: user!.email },
        action: "user.invitation_accepted",
        entityType: "user",
        entityId: user!.id,
        after: { email: user!.email, customerId: invitation.customerId, invitationId: invitation.id },
        ip: input.ip,
        requestId: input.requestId,
      });
      return { email: user!.email };
    });
  } catch (error) {
    // The e-mail became a user after the invitation was sent.
    if (
      (error as { cause?: { code?: string } }).cause?.code === "23505" ||
      (error as { code?: string }).code === "23505"
    ) {
      throw new EmailAlreadyUserError();
    }
    throw error;
  }
}
