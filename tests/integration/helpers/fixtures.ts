import { getDb } from "@/db";
import { customers, orderEvents, orders, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { openSession } from "@/lib/auth/user-sessions";
import { billingPeriodOf } from "@/lib/billing/period";
import { istanbulYear } from "@/lib/dates";
import type { SessionUser } from "@/lib/auth/session";
import { formatOrderNumber } from "@/lib/numbering";
import type { OrderStatus } from "@/lib/orders/status";

/**
 * Customers, users and orders with fixed ids, written straight to the database (onboarding, which
 * creates them for real, is tested on its own).
 */

export const FIXTURE_PASSWORD = "Fixture-Sifresi-2026";

export const ids = {
  customerA: "0a000000-0000-4000-8000-00000000000a",
  customerB: "0b000000-0000-4000-8000-00000000000b",
  userA: "1a000000-0000-4000-8000-00000000000a",
  userA2: "1a000000-0000-4000-8000-0000000000a2",
  userB: "1b000000-0000-4000-8000-00000000000b",
  admin: "1c000000-0000-4000-8000-00000000000c",
} as const;

let passwordHash: Promise<string> | undefined;
const fixtureHash = () => (passwordHash ??= hashPassword(FIXTURE_PASSWORD));

type CustomerFixture = Partial<typeof customers.$inferInsert> & { id: string };

export async function insertCustomer(values: CustomerFixture) {
  const db = await getDb();
  const suffix = values.id.slice(-4);
  const [row] = await db
    .insert(customers)
    .values({
      companyName: `Firma ${suffix}`,
      taxId: String(BigInt(`0x${values.id.replace(/-/g, "")}`) % 10_000_000_000n).padStart(10, "0"),
      contactName: `Yetkili ${suffix}`,
      email: `iletisim-${suffix}@firma.test`,
      phone: "+905321234567",
      ...values,
      suspensionReason: values.suspensionReason ?? (values.status === "suspended" ? "non_payment" : null),
    })
    .returning();
  return row!;
}

export async function insertUser(values: {
  id: string;
  email: string;
  role?: "customer" | "admin";
  customerId?: string | null;
  name?: string;
  disabled?: boolean;
}) {
  const db = await getDb();
  const [row] = await db
    .insert(users)
    .values({
      id: values.id,
      email: values.email,
      name: values.name ?? "Deneme Kullanıcı",
      role: values.role ?? "customer",
      customerId: values.customerId ?? null,
      passwordHash: await fixtureHash(),
      disabled: values.disabled ?? false,
    })
    .returning();
  return row!;
}

export function sessionOf(user: typeof users.$inferSelect): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, customerId: user.customerId };
}

/** Two customers (A and B), one user each, and an admin. */
export async function twoCustomers() {
  const customerA = await insertCustomer({ id: ids.customerA, companyName: "Anadolu Kozmetik" });
  const customerB = await insertCustomer({ id: ids.customerB, companyName: "Boğaziçi Giyim" });
  const userA = await insertUser({ id: ids.userA, email: "ayse@anadolu.test", customerId: customerA.id, name: "Ayşe" });
  const userB = await insertUser({
    id: ids.userB,
    email: "burak@bogazici.test",
    customerId: customerB.id,
    name: "Burak",
  });
  const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin", name: "Operasyon" });
  return { customerA, customerB, userA, userB, admin };
}

/**
 * `count` orders of one customer, one a day backwards from `newest`, numbered in creation order,
 * with statuses cycling through `statuses`; each with its first tracking event.
 */
export async function insertOrders(params: {
  customerId: string;
  count: number;
  newest: Date;
  statuses?: OrderStatus[];
  startSequence?: number;
}) {
  const db = await getDb();
  const statuses = params.statuses ?? ["pending"];
  const values = Array.from({ length: params.count }, (_, index) => {
    const createdAt = new Date(params.newest.getTime() - (params.count - 1 - index) * 24 * 3600_000);
    return {
      orderNumber: formatOrderNumber(istanbulYear(createdAt), (params.startSequence ?? 1) + index),
      customerId: params.customerId,
      packageCount: 10 + index,
      status: statuses[index % statuses.length]!,
      billingPeriodStart: billingPeriodOf(createdAt).start,
      estimatedUnitPrice: 4500,
      createdAt,
    };
  });
  const rows = await db.insert(orders).values(values).returning();
  await db
    .insert(orderEvents)
    .values(rows.map((row) => ({ orderId: row.id, toStatus: "pending" as const, createdAt: row.createdAt })));
  return rows;
}

/** An open session of a user, as a sign-in opens it: what a session token points at. */
export async function openTestSession(user: { id: string; sessionVersion: number }) {
  const db = await getDb();
  const sessionId = await openSession(db, { userId: user.id, ip: "203.0.113.7", userAgent: "Vitest" });
  return { userId: user.id, sessionVersion: user.sessionVersion, sessionId };
}
