import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { quoteRequests, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { fromAddress } from "./request";

/** A filled-in quote form as the browser posts it (repeated keys for the product type checkboxes). */
export function quoteForm(overrides: Record<string, string | string[] | undefined> = {}): FormData {
  const values: Record<string, string | string[] | undefined> = {
    companyName: "Örnek Tekstil Ltd. Şti.",
    contactName: "Ayşe Yılmaz",
    email: "ayse@ornektekstil.com.tr",
    phone: "0532 123 45 67",
    monthlyVolume: "251-500",
    productTypes: ["Giyim", "Kozmetik"],
    specialRequirements: "",
    preferredStartDate: "",
    website: "",
    ...overrides,
  };
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
  }
  return form;
}

export function fromIp(ip: string) {
  fromAddress(ip);
}

export async function seededAdmin(): Promise<SessionUser> {
  const db = await getDb();
  const [admin] = await db.select().from(users).where(eq(users.role, "admin")).limit(1);
  return { id: admin!.id, email: admin!.email, name: admin!.name, role: "admin", customerId: null };
}

let sequence = 0;

/** A quote written straight to the table, for tests about reading and moving quotes. */
export async function insertQuote(values: Partial<typeof quoteRequests.$inferInsert> = {}) {
  const db = await getDb();
  sequence += 1;
  const [quote] = await db
    .insert(quoteRequests)
    .values({
      referenceNumber: `TKF-2026-9${String(sequence).padStart(5, "0")}`,
      companyName: "Deneme Ambalaj",
      contactName: "Mehmet Kaya",
      email: `mehmet${sequence}@deneme.com.tr`,
      phone: "+905321234567",
      monthlyVolume: "101-250",
      productTypes: ["Kitap"],
      calculatedUnitPrice: 4000,
      ...values,
    })
    .returning();
  return quote!;
}
