import { describe, expect, it } from "vitest";
import { FOLD_FROM, FOLD_TO, foldForSearch, unicodeSqlLiteral } from "@/lib/text-fold";

describe("the search fold", () => {
  it.each([
    ["İstanbul", "istanbul"],
    ["ISPARTA", "isparta"],
    ["Işık", "isik"],
    ["ŞEKER", "seker"],
    ["Çağrı Öğüt Ümit", "cagri ogut umit"],
    ["Kâğıt Hâlâ", "kagit hala"],
    ["Émile Brontë", "emile bronte"],
    ["4540536920", "4540536920"],
  ])("folds %s to %s", (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it("folds decomposed letters (İ as I + dot above, ş as s + cedilla) like composed ones", () => {
    expect(foldForSearch("İŞIK".normalize("NFD"))).toBe("isik");
    // What String.prototype.toLowerCase makes of İ: i + combining dot above.
    expect(foldForSearch("İ".toLowerCase())).toBe("i");
  });

  it("maps each character once, so translate() in SQL does the same", () => {
    expect(new Set(FOLD_FROM).size).toBe(FOLD_FROM.length);
    expect(FOLD_TO.length).toBeLessThanOrEqual(FOLD_FROM.length);
  });

  it("writes its tables as pure-ASCII SQL literals", () => {
    expect(unicodeSqlLiteral("Işık'\\")).toBe("U&'I\\015F\\0131k\\0027\\005C'");
    expect(/^[\x20-\x7e]+$/.test(unicodeSqlLiteral(FOLD_FROM))).toBe(true);
  });
});
