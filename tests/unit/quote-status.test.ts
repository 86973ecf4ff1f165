import { describe, expect, it } from "vitest";
import { quoteStatusEnum } from "@/db/schema/enums";
import {
  assertTransition,
  canSendOffer,
  canTransition,
  InvalidQuoteTransitionError,
  isOpenQuote,
  nextQuoteStatuses,
  QUOTE_STATUSES,
  quoteStatusLabel,
  type QuoteStatus,
} from "@/lib/quotes/status";

// The rule, written out once: every pair not listed here must be refused.
const ALLOWED_PAIRS: ReadonlyArray<readonly [QuoteStatus, QuoteStatus]> = [
  ["pending", "reviewed"],
  ["pending", "quoted"],
  ["reviewed", "quoted"],
  ["quoted", "accepted"],
  // Rejection from every open state.
  ["pending", "rejected"],
  ["reviewed", "rejected"],
  ["quoted", "rejected"],
];
const isAllowed = (from: QuoteStatus, to: QuoteStatus) => ALLOWED_PAIRS.some(([a, b]) => a === from && b === to);

const allPairs = QUOTE_STATUSES.flatMap((from) => QUOTE_STATUSES.map((to) => [from, to] as const));
const allowedPairs = allPairs.filter(([from, to]) => isAllowed(from, to));
const refusedPairs = allPairs.filter(([from, to]) => !isAllowed(from, to));

describe("quote status transitions", () => {
  it("knows the same statuses as the database enum", () => {
    expect([...QUOTE_STATUSES]).toEqual([...quoteStatusEnum.enumValues]);
    expect(allPairs).toHaveLength(25);
    expect(allowedPairs).toHaveLength(ALLOWED_PAIRS.length);
  });

  it.each(allowedPairs)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
    expect(nextQuoteStatuses(from)).toContain(to);
  });

  it.each(refusedPairs)("refuses %s → %s with a Turkish reason", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(nextQuoteStatuses(from)).not.toContain(to);
    let caught: unknown;
    try {
      assertTransition(from, to);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidQuoteTransitionError);
    const error = caught as InvalidQuoteTransitionError;
    expect(error.code).toBe("INVALID_QUOTE_TRANSITION");
    expect([error.from, error.to]).toEqual([from, to]);
    expect(error.message).toMatch(/teklif/i);
    expect(error.message).not.toMatch(/pending|reviewed|quoted|accepted|rejected/);
  });

  it("explains the refusals a visitor or an operator meets most", () => {
    expect(() => assertTransition("pending", "accepted")).toThrow("Yalnızca gönderilmiş bir teklif kabul edilebilir");
    expect(() => assertTransition("accepted", "rejected")).toThrow("Kabul edilmiş bir teklif değiştirilemez");
    expect(() => assertTransition("rejected", "accepted")).toThrow("Reddedilmiş bir teklif değiştirilemez");
    expect(() => assertTransition("quoted", "quoted")).toThrow('Teklif zaten "Teklif gönderildi" durumunda');
  });

  it("keeps pending, reviewed and quoted open and closes accepted and rejected", () => {
    expect(QUOTE_STATUSES.filter(isOpenQuote)).toEqual(["pending", "reviewed", "quoted"]);
    for (const status of QUOTE_STATUSES) {
      expect(isOpenQuote(status)).toBe(nextQuoteStatuses(status).length > 0);
    }
  });
});

describe("quote status labels", () => {
  it.each([
    ["pending", "Yeni"],
    ["reviewed", "İncelendi"],
    ["quoted", "Teklif gönderildi"],
    ["accepted", "Kabul edildi"],
    ["rejected", "Reddedildi"],
  ] as const)("shows %s as %s", (status, label) => {
    expect(quoteStatusLabel(status)).toBe(label);
  });
});

describe("sending an offer", () => {
  const now = new Date("2026-11-25T12:00:00+03:00");
  const past = new Date(now.getTime() - 1);
  const future = new Date(now.getTime() + 1);

  it("is possible for new and reviewed quotes, and again for an expired offer only", () => {
    expect(canSendOffer({ status: "pending", validUntil: null }, now)).toBe(true);
    expect(canSendOffer({ status: "reviewed", validUntil: null }, now)).toBe(true);
    expect(canSendOffer({ status: "quoted", validUntil: future }, now)).toBe(false);
    expect(canSendOffer({ status: "quoted", validUntil: past }, now)).toBe(true);
    expect(canSendOffer({ status: "accepted", validUntil: past }, now)).toBe(false);
    expect(canSendOffer({ status: "rejected", validUntil: past }, now)).toBe(false);
  });
});
