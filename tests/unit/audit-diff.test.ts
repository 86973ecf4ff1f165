import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditDiff, displayValue } from "@/lib/audit-log/diff";
import { actionLabel, AUDIT_ACTION_LABELS, describeAuditValue } from "@/lib/audit-log/labels";

describe("the audit log's before and after", () => {
  it("lists every key of both sides in Turkish and marks the ones that changed", () => {
    expect(
      auditDiff("order", { status: "pending", note: "Acil" }, { status: "cancelled", note: "Acil", by: "ayse" }),
    ).toEqual([
      { key: "status", label: "Durum", before: "Beklemede", after: "İptal edildi", changed: true },
      { key: "note", label: "Not", before: "Acil", after: "Acil", changed: false },
      { key: "by", label: "Yapan", before: null, after: "ayse", changed: true },
    ]);
  });

  it("shows a creation (no before) and a removal (no after) as all changed", () => {
    expect(auditDiff("order", null, { packageCount: 40 })).toEqual([
      { key: "packageCount", label: "Paket sayısı", before: null, after: "40", changed: true },
    ]);
    expect(auditDiff("order", { id: "x" }, null)).toEqual([
      { key: "id", label: "id", before: "x", after: null, changed: true },
    ]);
    expect(auditDiff("order", null, null)).toEqual([]);
  });

  it("compares what was stored, not how it reads", () => {
    expect(auditDiff("customer", { contractUnitPrice: 3250 }, { contractUnitPrice: 3250 })[0]!.changed).toBe(false);
    expect(auditDiff("customer", { contractUnitPrice: 3250 }, { contractUnitPrice: 3251 })[0]).toMatchObject({
      before: "₺32,50",
      after: "₺32,51",
      changed: true,
    });
  });

  it("writes stored values as text for comparing them", () => {
    expect(displayValue(0)).toBe("0");
    expect(displayValue(false)).toBe("false");
    expect(displayValue({ a: [1, 2] })).toBe('{"a":[1,2]}');
    expect(displayValue(undefined)).toBeNull();
  });
});

describe("audit values as operations read them", () => {
  it("shows amounts in lira, statuses as their entity names them, options, yes/no and Istanbul times", () => {
    expect(describeAuditValue("customer", "contractUnitPrice", 3000)).toBe("₺30,00");
    expect(describeAuditValue("pricing", "premiumSurcharge", 450)).toBe("₺4,50");
    expect(describeAuditValue("order", "status", "pending")).toBe("Beklemede");
    expect(describeAuditValue("payment", "status", "pending")).toBe("Bekliyor");
    expect(describeAuditValue("customer", "status", "suspended")).toBe("Askıda");
    expect(describeAuditValue("customer", "serviceType", "custom")).toBe("Size özel");
    expect(describeAuditValue("customer", "suspensionReason", "admin")).toBe("Operasyon tarafından");
    expect(describeAuditValue("invoice", "paymentMethod", "bank_transfer")).toBe("Havale/EFT");
    expect(describeAuditValue("invoice", "customerSuspended", true)).toBe("Evet");
    expect(describeAuditValue("invoice", "paidAt", "2026-11-27T08:05:00.000Z")).toBe("27.11.2026 11:05");
  });

  it("shows a price change's tiers in lira, and the codes of other records by name", () => {
    expect(
      describeAuditValue("pricing", "tiers", {
        "0-100": { unitPrice: 3500, storageCharge: 0 },
        "251-500": { unitPrice: 3375, storageCharge: 150 },
      }),
    ).toBe("0-100: ₺35,00 (depolama ₺0,00); 251-500: ₺33,75 (depolama ₺1,50)");
    expect(describeAuditValue("pricing", "tiers", {})).toBe("Değişiklik yok");
    expect(describeAuditValue("pricing", "tiers", { "0-100": { unitPrice: "35" } })).toBe(
      '{"0-100":{"unitPrice":"35"}}',
    );
    expect(describeAuditValue("integration", "status", "connected")).toBe("Bağlı");
    expect(describeAuditValue("onboarding_session", "status", "in_progress")).toBe("Sürüyor");
    expect(describeAuditValue("user", "role", "admin")).toBe("Yönetici");
    expect(describeAuditValue("onboarding_session", "platform", "woocommerce")).toBe("WooCommerce");
    expect(describeAuditValue("payment", "invoiceStatus", "paid")).toBe("Ödendi");
  });

  it("names the fields of quotes, invoices and payments in Turkish and shows their values as the app does", () => {
    const offer = auditDiff(
      "quote",
      { status: "quoted" },
      {
        status: "accepted",
        acceptedUnitPrice: 3350,
        respondedAt: "2026-11-27T08:05:00.000Z",
        reviewedBy: "3f0c8a52-6d1e-4c7b-9a1f-2b8e4d6c0a11",
      },
      new Map([["3f0c8a52-6d1e-4c7b-9a1f-2b8e4d6c0a11", "Ayşe Operasyon"]]),
    );
    expect(offer.map(({ label, after }) => [label, after])).toEqual([
      ["Durum", "Kabul edildi"],
      ["Kabul edilen birim fiyat", "₺33,50"],
      ["Yanıt zamanı", "27.11.2026 11:05"],
      ["İnceleyen", "Ayşe Operasyon"],
    ]);
    const sent = auditDiff("invoice", null, {
      invoiceNumber: "CRD2026000000042",
      total: 804000,
      dueAt: "2026-12-04T20:59:59.000Z",
    });
    expect(sent.map(({ label, after }) => [label, after])).toEqual([
      ["Fatura no", "CRD2026000000042"],
      ["Toplam", "₺8.040,00"],
      ["Son ödeme zamanı", "04.12.2026 23:59"],
    ]);
    const card = auditDiff("payment", null, {
      provider: "iyzico",
      cardAssociation: "MASTER_CARD",
      cardLastFour: "0008",
      paidOn: "2026-11-25",
    });
    expect(card.map(({ label, after }) => [label, after])).toEqual([
      ["Ödeme kanalı", "Kart (Iyzico)"],
      ["Kart ağı", "Mastercard"],
      ["Kartın son 4 hanesi", "0008"],
      ["Ödeme tarihi", "25.11.2026"],
    ]);
    expect(describeAuditValue("payment", "provider", "bank_transfer")).toBe("Havale/EFT");
    // A person the page does not know is shown by the id stored.
    expect(describeAuditValue("quote", "reviewedBy", "3f0c8a52-6d1e-4c7b-9a1f-2b8e4d6c0a11")).toBe(
      "3f0c8a52-6d1e-4c7b-9a1f-2b8e4d6c0a11",
    );
  });

  it("never reads an inherited member as a label", () => {
    expect(actionLabel("constructor")).toBe("constructor");
    expect(auditDiff("constructor", null, { toString: "x" })[0]).toMatchObject({ label: "toString", after: "x" });
    expect(describeAuditValue("constructor", "status", "name")).toBe("name");
    expect(describeAuditValue("order", "status", "toString")).toBe("toString");
    expect(describeAuditValue("order", "serviceType", "hasOwnProperty")).toBe("hasOwnProperty");
  });

  it("shows what no rule names as it was stored", () => {
    expect(describeAuditValue("order", "status", "x")).toBe("x");
    expect(describeAuditValue("export", "status", "constructor")).toBe("constructor");
    expect(describeAuditValue("customer", "packageCount", 3000)).toBe("3000");
    expect(describeAuditValue("customer", "contractUnitPrice", 12.5)).toBe("12.5");
    expect(describeAuditValue("export", "filters", { status: "active" })).toBe('{"status":"active"}');
    expect(describeAuditValue("customer", "note", "2026-11-27")).toBe("2026-11-27");
    expect(describeAuditValue("customer", "note", null)).toBeNull();
  });
});

/** Every `action: "…"` the application writes, the alternatives of a conditional one included. */
function writtenActions(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const line of readFileSync(path, "utf8").matchAll(/\baction: ([^,\n]+)/g)) {
          for (const code of line[1]!.matchAll(/"([a-z_]+\.[a-z_.]+)"/g)) found.add(code[1]!);
        }
      }
    }
  };
  for (const root of ["app", "lib", "inngest"]) walk(join(process.cwd(), root));
  return [...found].sort();
}

describe("audit actions", () => {
  it("each action the application writes has a Turkish name", () => {
    const actions = writtenActions();
    expect(actions.length).toBeGreaterThan(40);
    expect(actions.filter((action) => !Object.hasOwn(AUDIT_ACTION_LABELS, action))).toEqual([]);
  });

  it("an unknown code is shown as it is", () => {
    expect(actionLabel("customer.suspended")).toBe("Askıya alındı");
    expect(actionLabel("legacy.thing")).toBe("legacy.thing");
  });
});
