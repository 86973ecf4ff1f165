/**
 * The e-mail rows: operations' log with its filters (keyset pages newest first, a capped count) and
 * its CSV export, one row to render or send, the rows still queued, and the e-mails of one customer.
 */
import { and, asc, count, desc, eq, gte, inArray, lt, lte, ne, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { EMAIL_LOG_PAGE_SIZE, type EmailLogQuery } from "@/lib/email-log/filters";
import { istanbulDayRange, pageCount } from "@/lib/list-params";
import { uuidArray } from "../batch";
import type { DbOrTx } from "../index";
import { customers, emails, quoteRequests, userInvitations, users } from "../schema";
import { exportSource, istanbulText } from "./export-source";
import { containing } from "./like";
import { cappedCount, keysetCondition, keysetOrderBy, keysetPage, keyText, newestFirst, usableCursor } from "./keyset";
import { isRowId } from "@/lib/row-id";

export const EMAIL_PAGE_SIZE = 50;

/**
 * The e-mail log for operations, newest first, by page number.
 * @deprecated counts every row and pages by offset: use listEmailLog.
 */
export async function listEmails(db: DbOrTx, params: { page: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: emails.id,
        recipient: emails.recipient,
        template: emails.template,
        subject: emails.subject,
        status: emails.status,
        attempts: emails.attempts,
        createdAt: emails.createdAt,
      })
      .from(emails)
      .orderBy(desc(emails.createdAt), desc(emails.id))
      .limit(EMAIL_PAGE_SIZE)
      .offset((params.page - 1) * EMAIL_PAGE_SIZE),
    db.select({ value: count() }).from(emails),
  ]);
  const totalCount = total?.value ?? 0;
  return { rows, total: totalCount, pageCount: pageCount(totalCount, EMAIL_PAGE_SIZE) };
}

/** One e-mail row with its template data (to render or send it), or null. */
export async function getEmail(db: DbOrTx, params: { emailId: string }) {
  if (!isRowId(params.emailId)) return null;
  const [row] = await db.select().from(emails).where(eq(emails.id, params.emailId)).limit(1);
  return row ?? null;
}

/** Ids of the rows still `queued` whose time to be handed over again has come, the longest due first. */
export async function listEmailsDueForRequeue(db: DbOrTx, params: { now: Date; limit: number }) {
  const rows = await db
    .select({ id: emails.id })
    .from(emails)
    .where(and(eq(emails.status, "queued"), lte(emails.requeueAfter, params.now)))
    .orderBy(asc(emails.requeueAfter))
    .limit(params.limit);
  return rows.map((row) => row.id);
}

/** Ids of the rows still `queued` that were last queued before `queuedBefore`, oldest first. */
export async function listEmailsQueuedBefore(db: DbOrTx, params: { queuedBefore: Date; limit: number }) {
  const rows = await db
    .select({ id: emails.id })
    .from(emails)
    .where(and(eq(emails.status, "queued"), lt(emails.queuedAt, params.queuedBefore)))
    .orderBy(asc(emails.queuedAt))
    .limit(params.limit);
  return rows.map((row) => row.id);
}

/**
 * When the requeue job may hand over rows queued (or handed over) now: after `graceMs`, plus, with
 * `perSecond`, the time the queue needs at that pace: the rows already queued and `joining` more that
 * this statement queues. The count is read once per statement.
 */
export function requeueAfterSql(params: { graceMs: number; perSecond?: number; joining: number }): SQL {
  const grace = sql`now() + ${params.graceMs} * interval '1 millisecond'`;
  if (!params.perSecond) return grace;
  return sql`${grace} + ((select count(*) from ${emails} where ${emails.status} = 'queued') + ${params.joining})
      * ${1000 / params.perSecond} * interval '1 millisecond'`;
}

/** Moves the requeue time of those of these rows still `queued` (requeueAfterSql). */
export async function setRequeueAfter(db: DbOrTx, params: { emailIds: readonly string[]; at: SQL }): Promise<void> {
  if (params.emailIds.length === 0) return;
  await db
    .update(emails)
    .set({ requeueAfter: params.at })
    .where(and(sql`${emails.id} = any(${uuidArray(params.emailIds)})`, eq(emails.status, "queued")));
}

const NEWEST_FIRST = newestFirst(emails.createdAt, emails.id);

export function emailLogWhere(filters: EmailLogQuery): SQL | undefined {
  const range = istanbulDayRange(filters);
  return and(
    filters.status ? eq(emails.status, filters.status) : undefined,
    filters.template ? eq(emails.template, filters.template) : undefined,
    filters.recipient ? sql`lower(${emails.recipient}) like ${containing(filters.recipient)}` : undefined,
    range.from ? gte(emails.createdAt, range.from) : undefined,
    range.to ? lt(emails.createdAt, range.to) : undefined,
  );
}

const logColumns = {
  id: emails.id,
  recipient: emails.recipient,
  template: emails.template,
  subject: emails.subject,
  status: emails.status,
  attempts: emails.attempts,
  lastError: emails.lastError,
  createdAt: emails.createdAt,
  sentAt: emails.sentAt,
};

export async function listEmailLog(db: DbOrTx, params: { filters: EmailLogQuery }) {
  const cursor = usableCursor(NEWEST_FIRST, params.filters.cursor);
  const where = emailLogWhere(params.filters);
  const [fetched, count] = await Promise.all([
    db
      .select({
        ...logColumns,
        cursorKey: sql<string[]>`array[${sql.join(NEWEST_FIRST.columns.map(keyText), sql`, `)}]`,
      })
      .from(emails)
      .where(and(where, keysetCondition(NEWEST_FIRST, cursor)))
      .orderBy(...keysetOrderBy(NEWEST_FIRST, cursor))
      .limit(EMAIL_LOG_PAGE_SIZE + 1),
    cappedCount(
      db,
      db
        .select({ id: emails.id })
        .from(emails)
        .where(where)
        .orderBy(...keysetOrderBy(NEWEST_FIRST, null)),
    ),
  ]);
  const page = keysetPage(fetched, EMAIL_LOG_PAGE_SIZE, cursor, (row) => row.cursorKey);
  return { ...page, rows: page.rows.map(({ cursorKey: _key, ...row }) => row), count };
}

export type EmailExportRow = {
  created_at: string;
  recipient: string;
  template: string;
  subject: string | null;
  status: string;
  attempts: number;
  sent_at: string;
  last_error: string | null;
};

export function emailExport(params: { filters: EmailLogQuery }) {
  return exportSource<EmailExportRow>({
    columns: sql`${istanbulText(emails.createdAt, { time: true })} as created_at, ${emails.recipient} as recipient,
      ${emails.template} as template, ${emails.subject} as subject, ${emails.status}::text as status,
      ${emails.attempts} as attempts, ${istanbulText(emails.sentAt, { time: true })} as sent_at,
      ${emails.lastError} as last_error`,
    from: sql`${emails}`,
    where: emailLogWhere(params.filters),
    order: NEWEST_FIRST,
  });
}

/**
 * The latest e-mails sent to a customer: to its users or its contact address (e-mail rows keep the
 * recipient only), newest first.
 */
export async function listCustomerEmails(db: DbOrTx, params: { customerId: string; limit?: number }) {
  const addresses = sql`(select lower(${users.email}) from ${users} where ${users.customerId} = ${params.customerId}
    union select lower(${customers.email}) from ${customers} where ${customers.id} = ${params.customerId})`;
  return db
    .select(logColumns)
    .from(emails)
    .where(sql`lower(${emails.recipient}) in ${addresses}`)
    .orderBy(sql`${emails.createdAt} desc`, sql`${emails.id} desc`)
    .limit(params.limit ?? 20);
}

/**
 * Of a customer's addresses, those whose e-mail log is its own (the KVKK download and erasure read
 * and erase by them), lowercased, once, never one of the platform's own (`platform`: lib/company.ts).
 * - `users`: its users' sign-in addresses. Unique among users and the account's own way in, so only
 *   another customer's company address or the platform can hold one too (then it is left out).
 * - `typed`: its company address, its invitations' and quotes' addresses: typed, never proven. One is
 *   left out when any other record holds it as well: another customer's company address, a user not
 *   of this customer (an admin's too), another customer's invitation, a quote not of this customer (a
 *   visitor's). Pointed at someone else's inbox, a typed address must neither read nor erase its mail.
 * Rare callers, so the addresses are matched without an index of their own.
 */
export async function addressesOwnedBy(
  db: DbOrTx,
  params: { customerId: string; users: readonly string[]; typed: readonly string[]; platform: readonly string[] },
): Promise<string[]> {
  const fold = (address: string) => address.trim().toLowerCase();
  const platform = new Set(params.platform.map(fold));
  const own = (list: readonly string[]) =>
    [...new Set(list.map(fold))].filter((address) => address && !platform.has(address));
  const signIns = own(params.users);
  const typed = own(params.typed).filter((address) => !signIns.includes(address));
  const wanted = [...signIns, ...typed];
  if (wanted.length === 0) return [];
  const among = (column: AnyColumn, addresses: string[]) =>
    addresses.length > 0 ? inArray(sql`lower(${column})`, addresses) : sql`false`;
  const notOf = (column: AnyColumn) => sql`${column} is distinct from ${params.customerId}::uuid`;
  const held = await Promise.all([
    db
      .select({ email: customers.email })
      .from(customers)
      .where(and(among(customers.email, wanted), ne(customers.id, params.customerId))),
    db
      .select({ email: users.email })
      .from(users)
      .where(and(among(users.email, typed), notOf(users.customerId))),
    db
      .select({ email: userInvitations.email })
      .from(userInvitations)
      .where(and(among(userInvitations.email, typed), ne(userInvitations.customerId, params.customerId))),
    db
      .select({ email: quoteRequests.email })
      .from(quoteRequests)
      .where(and(among(quoteRequests.email, typed), notOf(quoteRequests.customerId))),
  ]);
  const elsewhere = new Set(held.flat().map((row) => fold(row.email)));
  return wanted.filter((address) => !elsewhere.has(address));
}
