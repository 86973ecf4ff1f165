import { describe, expect, it } from "vitest";
import { quoteStatusEnum } from "@/db/schema/enums";
import { canSendOffer, QUOTE_STATUSES, quoteStatus } from "@/lib/quotes/status";
import { describeStatusMachine } from "./helpers/status-machine";

// The rule, written out once: every pair not listed here must be refused.
describeStatusMachine("quote", quoteStatus, {
  entity: "QUOTE",
  enumValues: quoteStatusEnum.enumValues,
  labels: {
    pending: "Yeni",
    reviewed: "İncelendi",
    quoted: "Teklif gönderildi",
    accepted: "Kabul edildi",
    rejected: "Reddedildi",
  },
  allowed: [
    ["pending", "reviewed"],
    ["pending", "quoted"],
    ["reviewed", "quoted"],
    ["quoted", "accepted"],
    // Rejection from every open state.
    ["pending", "rejected"],
    ["reviewed", "rejected"],
    ["quoted", "rejected"],
  ],
  words: /teklif/i,
});

describe("quote status refusals", () => {
  it("explain the refusals a visitor or an operator meets most", () => {
    expect(() => quoteStatus.assert("pending", "accepted")).toThrow("Yalnızca gönderilmiş bir teklif kabul edilebilir");
    expect(() => quoteStatus.assert("accepted", "rejected")).toThrow("Kabul edilmiş bir teklif değiştirilemez");
    expect(() => quoteStatus.assert("rejected", "accepted")).toThrow("Reddedilmiş bir teklif değiştirilemez");
    expect(() => quoteStatus.assert("quoted", "quoted")).toThrow('Teklif zaten "Teklif gönderildi" durumunda');
  });

  it("keep pending, reviewed and quoted open and close accepted and rejected", () => {
    expect(QUOTE_STATUSES.filter((status) => !quoteStatus.isFinal(status))).toEqual(["pending", "reviewed", "quoted"]);
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
