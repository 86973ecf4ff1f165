import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { SORT_ALPHABET, SORT_FROM, SORT_TO, sortKey, sortKeySql } from "@/lib/sort-key";

// What the database does with the key: compare it character by character (collation "C").
const byKey = (names: readonly string[]) =>
  [...names].sort((a, b) => {
    const [x, y] = [sortKey(a), sortKey(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });

describe("the Turkish sort key", () => {
  it("orders names as the Turkish alphabet does: Ç after C, ı before i, Ö after O, Ş after S, Ü after U", () => {
    const turkish = [
      "Cem Kargo",
      "Cumhur Ltd.",
      "Çiçek Butik",
      "Gül Tekstil",
      "Ğ Ambalaj",
      "Irmak Gıda",
      "Işık Elektronik",
      "İstanbul Ambalaj",
      "iz Kozmetik",
      "Ozan Ayakkabı",
      "Öz Market",
      "Söğüt Tekstil",
      "Sus Butik",
      "Şahin Gıda",
      "Şeker Dünyası",
      "Uğur Oto",
      "Üçgen Yayın",
      "Zeytin Dalı",
    ];
    expect(byKey([...turkish].reverse())).toEqual(turkish);
  });

  it("agrees with Turkish collation (ICU's tr) on words of letters, whatever the case", () => {
    const words = [
      "çay",
      "Cam",
      "cümle",
      "ılık",
      "IRMAK",
      "ilik",
      "İNCİ",
      "ödeme",
      "Okul",
      "oyun",
      "şişe",
      "sıra",
      "Sepet",
      "üzüm",
      "Uzun",
      "uçak",
      "ağaç",
      "Ağır",
      "aba",
      "güneş",
      "Gazete",
      "ğ",
      "hâlâ",
      "hal",
      "kâr",
      "kar",
      "kara",
      "Quartz",
      "Wafer",
      "xenon",
      "yıl",
      "Zil",
    ];
    const collator = new Intl.Collator("tr", { sensitivity: "base" });
    const expected = [...words].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : 1));
    // Equal under both (kâr and kar, hâlâ aside) is allowed to come in either order.
    const keyed = byKey(words).map((word) => sortKey(word));
    expect(keyed).toEqual(expected.map((word) => sortKey(word)));
  });

  it("sorts the circumflexed vowels and accented foreign letters as their base letter", () => {
    expect(sortKey("Kâğıt")).toBe(sortKey("kağıt"));
    expect(sortKey("Émile Brontë")).toBe(sortKey("emile bronte"));
  });

  it("puts digits, spaces and punctuation before every letter", () => {
    expect(byKey(["a", "1 Numara", "A.Ş.", "A B", "AB"])).toEqual(["1 Numara", "a", "A B", "A.Ş.", "AB"]);
  });

  it("composes decomposed text first: İ stored as I + dot above is İ, Ş as S + cedilla is Ş", () => {
    expect(sortKey("İŞIK".normalize("NFD"))).toBe(sortKey("İŞIK"));
    expect(byKey(["Şahin".normalize("NFD"), "Sus"])).toEqual(["Sus", "Şahin".normalize("NFD")]);
  });

  it("sorts the accented letters of foreign names among their base letter", () => {
    expect(byKey(["Škoda", "Acar", "Sus", "Ørsted", "Öz", "Oz"])).toEqual([
      "Acar",
      "Ørsted",
      "Oz",
      "Öz",
      "Škoda",
      "Sus",
    ]);
  });

  it("is what the migration's generated column computes", () => {
    const migration = readFileSync("db/migrations/0014_customers_turkish_sort_order.sql", "utf8");
    expect(migration).toContain(`GENERATED ALWAYS AS (${sortKeySql("company_name")}) STORED`);
  });

  it("maps each character once, so translate() in SQL does the same", () => {
    expect(new Set(SORT_FROM).size).toBe(SORT_FROM.length);
    expect(SORT_TO.length).toBeLessThanOrEqual(SORT_FROM.length);
    expect(new Set(SORT_ALPHABET).size).toBe(32);
  });
});
