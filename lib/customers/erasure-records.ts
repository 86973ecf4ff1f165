import "server-only";
import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db";
import { jsonRows } from "@/db/batch";
import { rowsOf } from "@/db/index";
import { auditLogs, emails } from "@/db/schema";
import { PERSONAL_AUDIT_KEYS, withoutPersonalValues } from "./erased-values";

/** An address being erased, lowercased, and what replaces it (the erased person's own `.invalid` one). */
export type ErasedAddress = { old: string; erased: string };

/** Why an e-mail still waiting was not sent: its recipient's data was erased first. */
export const ERASED_EMAIL_ERROR = "Alıcının kişisel verileri silindi (KVKK); e-posta gönderilmedi.";

/**
 * The e-mail log's copies of what was erased. An e-mail to one of the addresses gets the erased
 * address in its place (the same one the customer's or user's row now has, so the customer page still
 * lists it), loses the template's data (names, addresses, amounts as sent: the message cannot be shown
 * or sent again) and is marked `erased_at`; one still waiting is given up instead of sent. An e-mail
 * to operations that names one of the addresses (a new quote's contact, an alert's `İşlemi yapan`)
 * loses its data too and keeps its recipient. Returns how many rows were erased.
 */
export async function eraseEmails(tx: Tx, addresses: readonly ErasedAddress[], now: Date): Promise<number> {
  if (addresses.length === 0) return 0;
  const at = sql`${now.toISOString()}::timestamptz`;
  const sent = rowsOf<{ id: string }>(
    await tx.execute(sql`
      update ${emails} set
        recipient = m.erased,
        data = '{}'::jsonb,
        erased_at = ${at},
        last_error = case when ${emails.status} = 'queued' then ${ERASED_EMAIL_ERROR} else ${emails.lastError} end,
        status = case when ${emails.status} = 'queued' then 'failed'::email_status else ${emails.status} end,
        updated_at = ${at}
      from jsonb_to_recordset(${jsonRows(addresses)}) as m(old text, erased text)
      where lower(${emails.recipient}) = m.old
      returning ${emails.id}`),
  );
  // Operations' e-mails about them: only the two templates that carry a customer's address. Their
  // rows are read through the template's index; an erasure is rare and runs once.
  // Whole addresses only: `urak@firma.test` must not match an e-mail naming `burak@firma.test`.
  const mentions = or(
    ...addresses.map((address) => sql`lower(${emails.data}::text) ~ ${wholeAddressPattern(address.old)}`),
  ) as SQL;
  const about = await tx
    .update(emails)
    .set({ data: {}, erasedAt: now, updatedAt: now })
    .where(and(inArray(emails.template, ["new-quote", "ops-alert"]), sql`${emails.erasedAt} is null`, mentions))
    .returning({ id: emails.id });
  return sent.length + about.length;
}

/**
 * A PostgreSQL regular expression matching `address` (lowercased) as a whole address in text: not
 * inside a longer one (`urak@firma.test` in `burak@firma.test`, `a@firma.com` in `a@firma.com.tr`).
 */
export function wholeAddressPattern(address: string): string {
  const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return `(^|[^a-z0-9._%+-])${escaped}($|[^a-z0-9._%+-]|\\.($|[^a-z0-9]))`;
}

/** The audited things of an erased customer whose rows may hold its people's values. */
export type ErasedEntities = {
  customerId: string;
  userIds: readonly string[];
  invitationIds: readonly string[];
  quoteIds: readonly string[];
  onboardingSessionIds: readonly string[];
};

/**
 * Overwrites, in the audit rows of those things, every value that names or reaches a person
 * (PERSONAL_AUDIT_KEYS: names, addresses, phones, free-text reasons) with `replacement`, and an
 * erased address in the actor's label (a visitor's quote or onboarding step reads `anonim (<address>)`)
 * with its erased one. The rows stay with their actions, times and other values. Returns how many
 * rows changed.
 */
export async function erasePersonalAuditValues(
  tx: Tx,
  entities: ErasedEntities,
  addresses: readonly ErasedAddress[],
  replacement: string,
): Promise<number> {
  const of = (entityType: string, ids: readonly string[]) =>
    ids.length > 0 ? and(eq(auditLogs.entityType, entityType), inArray(auditLogs.entityId, [...ids])) : undefined;
  const rows = await tx
    .select({ id: auditLogs.id, actorLabel: auditLogs.actorLabel, before: auditLogs.before, after: auditLogs.after })
    .from(auditLogs)
    .where(
      or(
        of("customer", [entities.customerId]),
        of("user", entities.userIds),
        of("user_invitation", entities.invitationIds),
        of("quote", entities.quoteIds),
        of("onboarding_session", entities.onboardingSessionIds),
      ),
    );
  let changed = 0;
  for (const row of rows) {
    const before = withoutPersonalValues(row.before, PERSONAL_AUDIT_KEYS, replacement);
    const after = withoutPersonalValues(row.after, PERSONAL_AUDIT_KEYS, replacement);
    const actorLabel = withErasedAddresses(row.actorLabel, addresses);
    if (!before.changed && !after.changed && actorLabel === row.actorLabel) continue;
    await tx
      .update(auditLogs)
      .set({ actorLabel, before: before.value, after: after.value })
      .where(eq(auditLogs.id, row.id));
    changed++;
  }
  return changed;
}

/** `text` with each erased address in it, whatever its case, replaced by its erased one. */
function withErasedAddresses(text: string, addresses: readonly ErasedAddress[]): string {
  let result = text;
  for (const { old, erased } of addresses) {
    for (
      let at = result.toLowerCase().indexOf(old);
      at >= 0;
      at = result.toLowerCase().indexOf(old, at + erased.length)
    ) {
      result = result.slice(0, at) + erased + result.slice(at + old.length);
    }
  }
  return result;
}
