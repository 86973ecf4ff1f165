import { randomInt, randomUUID } from "node:crypto";
import { hashPassword } from "../../../lib/auth/password";
import { randomToken, sha256Hex } from "../../../lib/tokens";
import { CUSTOMER_PASSWORD } from "./customers";
import { e2eSql } from "./db";

/** Rows written straight in the database, as the app writes them, for pages that show one record. */

const unique = () => `${Date.now()}${randomInt(100, 999)}`;

async function withSql<T>(work: (sql: ReturnType<typeof e2eSql>) => Promise<T>): Promise<T> {
  const sql = e2eSql();
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

/** A waiting order of the customer (numbered outside the app's sequence so they never clash). */
export function pendingOrder(customerId: string): Promise<{ id: string; orderNumber: string }> {
  const id = randomUUID();
  const orderNumber = `SP-2099-${unique().slice(-9)}`;
  return withSql(async (sql) => {
    await sql`insert into orders (id, order_number, customer_id, package_count, status, billing_period_start, estimated_unit_price)
      values (${id}, ${orderNumber}, ${customerId}, 40, 'pending', '2026-11-15T00:00:00+03:00', 4500)`;
    return { id, orderNumber };
  });
}

/** An order of the customer in processing since `hoursAgo` hours: late once past its promise (24 h standard). */
export function processingOrder(customerId: string, hoursAgo: number): Promise<{ id: string; orderNumber: string }> {
  const id = randomUUID();
  const orderNumber = `SP-2099-${unique().slice(-9)}`;
  return withSql(async (sql) => {
    await sql`insert into orders (id, order_number, customer_id, package_count, status, billing_period_start, estimated_unit_price,
        processing_started_at, created_at)
      values (${id}, ${orderNumber}, ${customerId}, 40, 'processing', '2026-11-15T00:00:00+03:00', 4500,
        now() - ${hoursAgo} * interval '1 hour', now() - ${hoursAgo + 1} * interval '1 hour')`;
    return { id, orderNumber };
  });
}

export async function orderStatusOf(id: string): Promise<string> {
  return withSql(async (sql) => (await sql`select status from orders where id = ${id}`)[0]!.status as string);
}

/** A sent offer opened by its link `/teklif/<token>`. */
export function quotedOffer(): Promise<{ id: string; token: string; companyName: string }> {
  const id = randomUUID();
  const token = randomToken(32);
  const companyName = `E2E Teklif ${unique().slice(-6)}`;
  return withSql(async (sql) => {
    await sql`insert into quote_requests (id, reference_number, company_name, contact_name, email, phone, monthly_volume,
        product_types, status, calculated_unit_price, quoted_unit_price, valid_until, public_token_hash, quoted_at)
      values (${id}, ${`TKF-2099-${unique().slice(-9)}`}, ${companyName}, 'E2E Yetkili', ${`teklif-${unique()}@e2e.test`},
        '+905321234567', '251-500', ${["Giyim"]}, 'quoted', 3500, 3250, now() + interval '14 days', ${sha256Hex(token)}, now())`;
    return { id, token, companyName };
  });
}

export async function quoteStatusOf(id: string): Promise<string> {
  return withSql(async (sql) => (await sql`select status from quote_requests where id = ${id}`)[0]!.status as string);
}

/** Another user of the customer. */
export async function colleague(customerId: string): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  const email = `is-arkadasi-${unique()}@e2e.test`;
  const passwordHash = await hashPassword(CUSTOMER_PASSWORD);
  return withSql(async (sql) => {
    await sql`insert into users (id, email, name, password_hash, role, customer_id)
      values (${id}, ${email}, 'E2E İş Arkadaşı', ${passwordHash}, 'customer', ${customerId})`;
    return { id, email };
  });
}

export async function userDisabled(id: string): Promise<boolean> {
  return withSql(async (sql) => (await sql`select disabled from users where id = ${id}`)[0]!.disabled as boolean);
}

/** A waiting invitation the customer's user sent. */
export function pendingInvitation(customerId: string, invitedBy: string): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  const email = `davetli-${unique()}@e2e.test`;
  return withSql(async (sql) => {
    await sql`insert into user_invitations (id, customer_id, email, token_hash, invited_by, expires_at)
      values (${id}, ${customerId}, ${email}, ${sha256Hex(randomToken())}, ${invitedBy}, now() + interval '7 days')`;
    return { id, email };
  });
}

export async function invitationRevoked(id: string): Promise<boolean> {
  return withSql(
    async (sql) => (await sql`select revoked_at from user_invitations where id = ${id}`)[0]!.revoked_at !== null,
  );
}

export async function openSessionCount(userId: string): Promise<number> {
  return withSql(async (sql) =>
    Number(
      (await sql`select count(*)::int as n from user_sessions where user_id = ${userId} and revoked_at is null`)[0]!.n,
    ),
  );
}

/**
 * An issued invoice of the customer, written as finalizing writes it: sent an hour ago, due within
 * its 24 hours. (Past its due, the server's 15-minute deadline sweep makes it overdue at any moment.)
 */
export function issuedInvoice(customerId: string, companyName: string): Promise<{ id: string; invoiceNumber: string }> {
  const id = randomUUID();
  const invoiceNumber = `CRD2099${String(randomInt(1, 999_999_999)).padStart(9, "0")}`;
  const seller = {
    name: "Çardak Paketleme Ltd. Şti.",
    address: "Atatürk Mah. Depo Cad. No: 12, 34522 Esenyurt / İstanbul",
    taxOffice: "Esenyurt",
    taxId: "1234567890",
    iban: "TR33 0006 1005 1978 6457 8413 26",
  };
  const buyer = { name: companyName, address: "Moda Cad. No: 1, İstanbul", taxOffice: "Kadıköy", taxId: "1111111111" };
  return withSql(async (sql) => {
    await sql`insert into invoices (id, invoice_number, ettn, customer_id, period_start, period_end, package_count,
        unit_price, subtotal, kdv, total, status, issued_at, due_at, seller, buyer)
      values (${id}, ${invoiceNumber}, ${randomUUID()}, ${customerId}, '2026-01-15T00:00:00+03:00', '2026-02-15T00:00:00+03:00',
        120, 4000, 480000, 96000, 576000, 'sent', now() - interval '1 hour', now() + interval '23 hours',
        ${sql.json(seller)}, ${sql.json(buyer)})`;
    await sql`insert into invoice_lines (invoice_id, position, kind, description, quantity, unit_price, amount)
      values (${id}, 1, 'packaging', 'Paketleme hizmeti (101-250 paket kademesi, standart)', 120, 4000, 480000)`;
    return { id, invoiceNumber };
  });
}

export async function invoiceStatusOf(id: string): Promise<string> {
  return withSql(async (sql) => (await sql`select status from invoices where id = ${id}`)[0]!.status as string);
}

export async function customerStatusOf(id: string): Promise<string> {
  return withSql(async (sql) => (await sql`select status from customers where id = ${id}`)[0]!.status as string);
}
