import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { lockCustomer } from "@/db/queries/customer-detail";
import { addressesOwnedBy } from "@/db/queries/emails";
import {
  auditLogs,
  customers,
  integrations,
  onboardingSessions,
  quoteRequests,
  userInvitations,
  users,
} from "@/db/schema";
import { assertAdmin } from "@/lib/admin-guard";
import { writeAudit } from "@/lib/audit";
import { endAllSessions } from "@/lib/auth/user-sessions";
import { platformAddresses } from "@/lib/company";
import type { AdminContext } from "@/lib/context";
import { eraseEmails, erasePersonalAuditValues, type ErasedAddress } from "./erasure-records";
import { customerError } from "./messages";

/** What an erased name reads: neutral, and the same everywhere it shows (lists, the audit log). */
export const ERASED_NAME = "Silindi (KVKK)";

/** An erased address: unique per row (the e-mail indexes hold) and undeliverable (`.invalid`). */
const erasedEmail = (id: string) => `silindi-${id}@silindi.invalid`;

/** The personal fields erased, named in the audit row (their values are not: they are what is erased). */
const ERASED_FIELDS = {
  customer: ["contactName", "email", "phone", "address", "city", "specialRequirements", "suspensionNote"],
  users: ["name", "email"],
  quotes: ["contactName", "email", "phone", "specialRequirements"],
} as const;

/**
 * `Kişisel verileri sil` (KVKK), after the customer asked for it: erases the personal fields of the
 * customer, its users, invitations, quotes and onboarding answers, disables its users and ends their
 * sessions, renames them in the audit log's actor column and overwrites their values in its before
 * and after, empties the e-mail log's copies of what was sent to them or names them (by the
 * addresses that are its own: not the platform's, not a typed one another record holds), removes the shop
 * integration (its credentials) and closes the account (`inactive`, `erased_at`). Company name and tax number stay: they tie the kept invoices, orders and payments
 * (the legal record, whose printed buyer is a snapshot) to the account. Irreversible; once.
 */
export async function erasePersonalData(
  ctx: AdminContext,
  input: { customerId: string },
  now = new Date(),
): Promise<{ companyName: string; users: number }> {
  assertAdmin(ctx);
  // A time inside raw SQL: as text, which both drivers send the same way.
  const at = sql`${now.toISOString()}::timestamptz`;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, { customerId: input.customerId });
    if (!customer) throw customerError("CUSTOMER_NOT_FOUND");
    if (customer.erasedAt) throw customerError("ALREADY_ERASED");
    if (!customer.deletionRequestedAt) throw customerError("NO_DELETION_REQUEST");
    // Read before they are overwritten: the addresses the e-mail log holds, and what the audit log names.
    const held = await heldRecords(tx, customer.id);
    const addresses = await ownAddresses(tx, customer.id, held, erasedAddresses(customer, held));

    await tx
      .update(customers)
      .set({
        contactName: ERASED_NAME,
        email: erasedEmail(customer.id),
        phone: "",
        address: null,
        city: null,
        specialRequirements: null,
        suspensionNote: null,
        status: "inactive",
        suspensionReason: null,
        erasedAt: now,
        updatedAt: now,
      })
      .where(eq(customers.id, customer.id));

    const people = await tx
      .update(users)
      .set({
        name: ERASED_NAME,
        email: sql`'silindi-' || ${users.id} || '@silindi.invalid'`,
        disabled: true,
        disabledAt: sql`coalesce(${users.disabledAt}, ${at})`,
        updatedAt: now,
      })
      .where(eq(users.customerId, customer.id))
      .returning({ id: users.id });
    for (const person of people) await endAllSessions(tx, person.id, now);
    // The audit log names its actors by e-mail: the users' rows keep their id (who did it), not their address.
    if (people.length > 0) {
      await tx
        .update(auditLogs)
        .set({ actorLabel: sql`'silindi-' || ${auditLogs.actorUserId} || '@silindi.invalid'` })
        .where(
          inArray(
            auditLogs.actorUserId,
            people.map((person) => person.id),
          ),
        );
    }

    await tx
      .update(userInvitations)
      .set({
        email: sql`'silindi-' || ${userInvitations.id} || '@silindi.invalid'`,
        revokedAt: sql`coalesce(${userInvitations.revokedAt}, ${at})`,
      })
      .where(eq(userInvitations.customerId, customer.id));
    await tx
      .update(quoteRequests)
      .set({
        contactName: ERASED_NAME,
        email: sql`'silindi-' || ${quoteRequests.id} || '@silindi.invalid'`,
        phone: "",
        specialRequirements: null,
        updatedAt: now,
      })
      .where(eq(quoteRequests.customerId, customer.id));
    await tx
      .update(onboardingSessions)
      .set({ step1: null, step2: null, step3: null, step4: null, updatedAt: now })
      .where(eq(onboardingSessions.customerId, customer.id));
    const removedIntegrations = await tx
      .delete(integrations)
      .where(eq(integrations.customerId, customer.id))
      .returning({ id: integrations.id });

    const emailsErased = await eraseEmails(tx, addresses, now);
    const auditRowsErased = await erasePersonalAuditValues(
      tx,
      {
        customerId: customer.id,
        userIds: held.users.map((row) => row.id),
        invitationIds: held.invitations.map((row) => row.id),
        quoteIds: held.quotes.map((row) => row.id),
        onboardingSessionIds: held.onboardingSessions.map((row) => row.id),
      },
      addresses,
      ERASED_NAME,
    );

    await writeAudit(tx, ctx, {
      action: "customer.personal_data_erased",
      entityType: "customer",
      entityId: customer.id,
      before: { status: customer.status, deletionRequestedAt: customer.deletionRequestedAt.toISOString() },
      after: {
        status: "inactive",
        erasedAt: now.toISOString(),
        erasedFields: ERASED_FIELDS,
        usersDisabled: people.length,
        integrationRemoved: removedIntegrations.length > 0,
        emailsErased,
        auditRowsErased,
      },
    });
    return { companyName: customer.companyName, users: people.length };
  });
}

/** The customer's users, invitations, quotes and onboarding sessions, as they are before the erasure. */
async function heldRecords(tx: Tx, customerId: string) {
  const [[own], people, invitations, quotes, sessions] = await Promise.all([
    tx.select({ email: customers.email }).from(customers).where(eq(customers.id, customerId)),
    tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.customerId, customerId)),
    tx
      .select({ id: userInvitations.id, email: userInvitations.email })
      .from(userInvitations)
      .where(eq(userInvitations.customerId, customerId)),
    tx
      .select({ id: quoteRequests.id, email: quoteRequests.email })
      .from(quoteRequests)
      .where(eq(quoteRequests.customerId, customerId)),
    tx
      .select({ id: onboardingSessions.id })
      .from(onboardingSessions)
      .where(eq(onboardingSessions.customerId, customerId)),
  ]);
  return { email: own?.email ?? "", users: people, invitations, quotes, onboardingSessions: sessions };
}

/**
 * Each address to erase, lowercased, once, with the erased address that replaces it in the e-mail
 * log: the customer's own first, then its users' (an address that is both shows under the customer).
 */
function erasedAddresses(customer: { id: string }, held: Awaited<ReturnType<typeof heldRecords>>): ErasedAddress[] {
  const byAddress = new Map<string, string>();
  const add = (email: string, erased: string) => {
    const old = email.trim().toLowerCase();
    if (old && !byAddress.has(old)) byAddress.set(old, erased);
  };
  add(held.email, erasedEmail(customer.id));
  for (const row of held.users) add(row.email, erasedEmail(row.id));
  for (const row of held.invitations) add(row.email, erasedEmail(row.id));
  for (const row of held.quotes) add(row.email, erasedEmail(row.id));
  return [...byAddress].map(([old, erased]) => ({ old, erased }));
}

/**
 * Of the addresses to erase, those whose e-mail log is the customer's own (addressesOwnedBy): its
 * users' sign-in addresses, and of what was typed (its company address, invitations, quotes) only
 * those no other record holds. Pointed at operations' inbox or at another customer's user, a typed
 * address must not erase that inbox's mail or name.
 */
async function ownAddresses(
  tx: Tx,
  customerId: string,
  held: Awaited<ReturnType<typeof heldRecords>>,
  addresses: ErasedAddress[],
): Promise<ErasedAddress[]> {
  const owned = new Set(
    await addressesOwnedBy(tx, {
      customerId,
      users: held.users.map((row) => row.email),
      typed: [held.email, ...held.invitations.map((row) => row.email), ...held.quotes.map((row) => row.email)],
      platform: platformAddresses(),
    }),
  );
  return addresses.filter((address) => owned.has(address.old));
}
