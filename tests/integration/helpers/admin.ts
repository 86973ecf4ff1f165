import { randomUUID } from "node:crypto";
import { getDb } from "@/db";
import { auditLogs, emails, invoices } from "@/db/schema";
import { insertCustomer } from "./fixtures";

/** `n` fixed customer ids (d0000000-…-<n>) for tests that need many. */
export function manyIds(count: number, prefix = "d") {
  return Array.from(
    { length: count },
    (_, index) => `${prefix}0000000-0000-4000-8000-${String(index + 1).padStart(12, "0")}`,
  );
}

/** Customers whose names carry every Turkish letter a search must fold. */
export const TURKISH = {
  istanbul: "e1000000-0000-4000-8000-000000000001",
  isik: "e1000000-0000-4000-8000-000000000002",
  seker: "e1000000-0000-4000-8000-000000000003",
  cicek: "e1000000-0000-4000-8000-000000000004",
  zeytin: "e1000000-0000-4000-8000-000000000005",
} as const;

export async function turkishCustomers() {
  return Promise.all([
    insertCustomer({
      id: TURKISH.istanbul,
      companyName: "İstanbul Ambalaj A.Ş.",
      contactName: "Ömer Güneş",
      email: "omer@istanbulambalaj.test",
      taxId: "1111111111",
      createdAt: new Date("2026-01-10T09:00:00Z"),
    }),
    insertCustomer({
      id: TURKISH.isik,
      companyName: "Işık Elektronik Ltd. Şti.",
      contactName: "Ayşe Çelik",
      email: "ayse@isik.test",
      taxId: "2222222222",
      status: "suspended",
      createdAt: new Date("2026-02-10T09:00:00Z"),
    }),
    insertCustomer({
      id: TURKISH.seker,
      companyName: "ŞEKER DÜNYASI GIDA",
      contactName: "Mehmet Yılmaz",
      email: "siparis@sekerdunyasi.test",
      taxId: "4540536920",
      serviceType: "premium",
      createdAt: new Date("2026-03-10T09:00:00Z"),
    }),
    insertCustomer({
      id: TURKISH.cicek,
      companyName: "Çiçek Butik",
      contactName: "Gülşen Kaya",
      email: "gulsen@cicekbutik.test",
      taxId: "3333333333",
      serviceType: "custom",
      contractUnitPrice: 3150,
      createdAt: new Date("2026-04-10T09:00:00Z"),
    }),
    insertCustomer({
      id: TURKISH.zeytin,
      companyName: "Zeytin Dalı Kozmetik",
      contactName: "İsmail Şahin",
      email: "ismail@zeytindali.test",
      taxId: "5555555555",
      createdAt: new Date("2026-05-10T09:00:00Z"),
    }),
  ]);
}

type InvoiceFixture = {
  customerId: string;
  periodStart: Date;
  periodEnd: Date;
  status: "draft" | "sent" | "paid" | "overdue" | "cancelled";
  subtotal: number;
  paidAt?: Date | null;
  dueAt?: Date | null;
};

let invoiceSequence = 0;

/** An invoice written straight to the table; issued ones get a number (and what billing requires with one). */
export async function insertInvoice(values: InvoiceFixture) {
  const db = await getDb();
  const kdv = Math.round(values.subtotal / 5);
  const issued = values.status !== "draft";
  const party = { name: "Deneme", address: null, taxOffice: null, taxId: "1234567890" };
  // Billing's migration requires an issued invoice's ETTN and parties: set them when the schema has them.
  const issuedColumns = issued && "ettn" in invoices ? { ettn: randomUUID(), seller: party, buyer: party } : {};
  const [row] = await db
    .insert(invoices)
    .values({
      customerId: values.customerId,
      periodStart: values.periodStart,
      periodEnd: values.periodEnd,
      packageCount: 100,
      unitPrice: 4500,
      subtotal: values.subtotal,
      kdv,
      total: values.subtotal + kdv,
      status: values.status,
      invoiceNumber: issued ? `CRD2026${String(++invoiceSequence).padStart(9, "0")}` : null,
      issuedAt: issued ? values.periodEnd : null,
      dueAt: values.dueAt ?? (issued ? new Date(values.periodEnd.getTime() + 86_400_000) : null),
      paidAt: values.paidAt ?? null,
      ...(issuedColumns as object),
    })
    .returning();
  return row!;
}

export async function insertEmailRow(values: Partial<typeof emails.$inferInsert> & { recipient: string }) {
  const db = await getDb();
  const [row] = await db
    .insert(emails)
    .values({ template: "order-status", data: {}, status: "stored", ...values })
    .returning();
  return row!;
}

export async function insertAuditRow(values: Partial<typeof auditLogs.$inferInsert> & { action: string }) {
  const db = await getDb();
  const [row] = await db
    .insert(auditLogs)
    .values({ actorLabel: "sistem", entityType: values.action.split(".")[0]!, ...values })
    .returning();
  return row!;
}
