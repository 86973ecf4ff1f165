import "server-only";
import { getDb } from "@/db";
import { readCustomerData, type CustomerData } from "@/db/queries/customer-data";
import { writeAudit } from "@/lib/audit";
import { platformAddresses } from "@/lib/company";
import type { CustomerContext } from "@/lib/context";
import { istanbulDateKey } from "@/lib/dates";

/** The download's address on the account page (`Verilerimi indir (JSON)`). */
export const DATA_EXPORT_PATH = "/panel/hesap/verilerim";

export type DataExport = {
  format: "cardak-kvkk-export/1";
  generatedAt: string;
  /** How to read it, for whoever opens the file. */
  notes: string[];
} & CustomerData;

/**
 * KVKK's right of access: everything the platform holds about the caller's customer (the session's,
 * never one from input), read in one repeatable-read transaction so the parts agree with each other,
 * and the download audited in it. null when the customer no longer exists.
 */
export async function exportCustomerData(
  ctx: CustomerContext,
  now = new Date(),
): Promise<{ fileName: string; data: DataExport } | null> {
  const db = await getDb();
  const data = await db.transaction(
    async (tx) => {
      const read = await readCustomerData(tx, { customerId: ctx.customerId, platformAddresses: platformAddresses() });
      if (!read) return null;
      await writeAudit(tx, ctx, {
        action: "customer.data_exported",
        entityType: "customer",
        entityId: ctx.customerId,
        after: {
          users: read.users.length,
          orders: read.orders.length,
          invoices: read.invoices.length,
          emails: read.emails.length,
          auditRows: read.auditTrail.length,
        },
      });
      return read;
    },
    { isolationLevel: "repeatable read" },
  );
  if (!data) return null;
  return {
    fileName: `cardak-verilerim-${istanbulDateKey(now)}.json`,
    data: {
      format: "cardak-kvkk-export/1",
      generatedAt: now.toISOString(),
      notes: [
        "Tutarlar kuruş cinsindendir: 12345, ₺123,45 demektir.",
        "Zamanlar UTC olarak ISO 8601 biçimindedir.",
        "Şifreler, oturum anahtarları ve entegrasyon kimlik bilgileri güvenlik nedeniyle dosyaya eklenmez.",
        "E-postaların yalnızca kayıt bilgileri (alıcı, şablon, konu, durum, zaman) yer alır.",
      ],
      ...data,
    },
  };
}
