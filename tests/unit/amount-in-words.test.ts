import { describe, expect, it } from "vitest";
import { amountInWords, numberInWords } from "@/lib/billing/amount-in-words";

describe("amount in words", () => {
  it.each([
    [0, "YALNIZ SIFIR TÜRK LİRASI SIFIR KURUŞ"],
    [1, "YALNIZ SIFIR TÜRK LİRASI BİR KURUŞ"],
    [100, "YALNIZ BİR TÜRK LİRASI SIFIR KURUŞ"],
    [45, "YALNIZ SIFIR TÜRK LİRASI KIRKBEŞ KURUŞ"],
    [99, "YALNIZ SIFIR TÜRK LİRASI DOKSANDOKUZ KURUŞ"],
    [576000, "YALNIZ BEŞBİNYEDİYÜZALTMIŞ TÜRK LİRASI SIFIR KURUŞ"],
    [100000001, "YALNIZ BİRMİLYON TÜRK LİRASI BİR KURUŞ"],
    [180000, "YALNIZ BİNSEKİZYÜZ TÜRK LİRASI SIFIR KURUŞ"],
    [3123120, "YALNIZ OTUZBİRBİNİKİYÜZOTUZBİR TÜRK LİRASI YİRMİ KURUŞ"],
    [61, "YALNIZ SIFIR TÜRK LİRASI ALTMIŞBİR KURUŞ"],
  ])("%i kuruş → %s", (kurus, words) => {
    expect(amountInWords(kurus)).toBe(words);
  });

  it.each([
    [10, "on"],
    [11, "onbir"],
    [100, "yüz"],
    [101, "yüzbir"],
    [200, "ikiyüz"],
    [1000, "bin"],
    [1001, "binbir"],
    [2000, "ikibin"],
    [10_000, "onbin"],
    [100_000, "yüzbin"],
    [101_000, "yüzbirbin"],
    [1_000_000, "birmilyon"],
    [1_001_000, "birmilyonbin"],
    [2_000_000_000, "ikimilyar"],
    [1_000_000_000_000, "birtrilyon"],
    [6_006_006, "altımilyonaltıbinaltı"],
  ])("%i → %s", (value, words) => {
    expect(numberInWords(value)).toBe(words);
  });

  it("refuses what is not a whole non-negative amount", () => {
    expect(() => amountInWords(-1)).toThrow();
    expect(() => amountInWords(1.5)).toThrow();
  });
});
