import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  counterKey,
  formatInvoiceNumber,
  formatOrderNumber,
  formatQuoteReference,
  INVOICE_NUMBER_LENGTH,
  maxSequence,
  NumberingError,
  parseInvoiceNumber,
  parseOrderNumber,
  parseQuoteReference,
} from "@/lib/numbering";

describe("order numbers", () => {
  it.each([
    [2026, 1, "SP-2026-000001"],
    [2026, 123, "SP-2026-000123"],
    [2027, 999999, "SP-2027-999999"],
  ])("formats year %i, sequence %i as %s", (year, sequence, text) => {
    expect(formatOrderNumber(year, sequence)).toBe(text);
    expect(parseOrderNumber(text)).toEqual({ year, sequence });
  });

  it("refuses a sequence past six digits instead of widening the number", () => {
    expect(maxSequence("order")).toBe(999999);
    expect(() => formatOrderNumber(2026, 1_000_000)).toThrow(NumberingError);
  });
});

describe("invoice numbers", () => {
  it.each([
    [2026, 1, "CRD2026000000001"],
    [2026, 123456, "CRD2026000123456"],
    [2030, 999999999, "CRD2030999999999"],
  ])("formats year %i, sequence %i as %s", (year, sequence, text) => {
    expect(formatInvoiceNumber(year, sequence)).toBe(text);
    expect(parseInvoiceNumber(text)).toEqual({ year, sequence });
  });

  it("always has the 16 characters of the e-Arşiv form", () => {
    expect(INVOICE_NUMBER_LENGTH).toBe(16);
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 9999 }), fc.integer({ min: 1, max: 999999999 }), (year, sequence) => {
        const text = formatInvoiceNumber(year, sequence);
        expect(text).toHaveLength(16);
        expect(text).toMatch(/^CRD\d{13}$/);
        expect(parseInvoiceNumber(text)).toEqual({ year, sequence });
      }),
    );
  });

  it("refuses a sequence past nine digits", () => {
    expect(() => formatInvoiceNumber(2026, 1_000_000_000)).toThrow(NumberingError);
  });
});

describe("quote references", () => {
  it("formats and reads TKF-<year>-<6 digits>", () => {
    expect(formatQuoteReference(2026, 123)).toBe("TKF-2026-000123");
    expect(parseQuoteReference("TKF-2026-000123")).toEqual({ year: 2026, sequence: 123 });
    expect(parseQuoteReference("  tkf-2026-000123 ")).toEqual({ year: 2026, sequence: 123 });
  });

  it("refuses a sequence past six digits", () => {
    expect(() => formatQuoteReference(2026, 1_000_000)).toThrow(NumberingError);
  });
});

describe("invalid input", () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses the sequence %s", (sequence) => {
    expect(() => formatOrderNumber(2026, sequence)).toThrow(NumberingError);
    expect(() => formatInvoiceNumber(2026, sequence)).toThrow(NumberingError);
    expect(() => formatQuoteReference(2026, sequence)).toThrow(NumberingError);
  });

  it.each([26, 999, 10000, 2026.5])("refuses the year %s", (year) => {
    expect(() => formatOrderNumber(year, 1)).toThrow(NumberingError);
    expect(() => formatInvoiceNumber(year, 1)).toThrow(NumberingError);
    expect(() => counterKey("order", year)).toThrow(NumberingError);
  });

  it.each([
    "SP-2026-00123",
    "SP-2026-0000123",
    "SP2026000123",
    "SP-2026-000000",
    "TKF-2026-000123",
    "CRD2026000000001",
    "",
  ])("does not read %j as an order number", (text) => {
    expect(parseOrderNumber(text)).toBeNull();
  });

  it.each(["CRD202600000001", "CRD20260000000001", "CRD2026000000000", "CRD-2026-000000001", "SP-2026-000123"])(
    "does not read %j as an invoice number",
    (text) => {
      expect(parseInvoiceNumber(text)).toBeNull();
    },
  );
});

describe("counter keys", () => {
  it("give each kind and year its own sequence", () => {
    const keys = [
      counterKey("order", 2026),
      counterKey("order", 2027),
      counterKey("invoice", 2026),
      counterKey("quote", 2026),
    ];
    expect(new Set(keys).size).toBe(4);
  });
});
