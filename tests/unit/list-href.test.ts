import { describe, expect, it } from "vitest";
import { listHref, pageWindow, parseDirection } from "@/lib/list-params";

describe("a list's page links", () => {
  it("are bounded: 100,000 rows at 20 a page give a handful of links, not 5,000", () => {
    const pages = 100_000 / 20;
    expect(pageWindow(2_500, pages)).toEqual([1, "gap", 2_499, 2_500, 2_501, "gap", 5_000]);
    expect(pageWindow(1, pages)).toEqual([1, 2, "gap", 5_000]);
    expect(pageWindow(5_000, pages)).toEqual([1, "gap", 4_999, 5_000]);
  });

  it("show a single left-out page instead of a gap", () => {
    expect(pageWindow(3, 10)).toEqual([1, 2, 3, 4, "gap", 10]);
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("list every page of a short list once, and nothing for an empty one", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 0)).toEqual([]);
  });

  it("clamp a page number past the end to the last page", () => {
    expect(pageWindow(99, 5)).toEqual([1, "gap", 4, 5]);
  });
});

describe("a list's links", () => {
  const params = { durum: "pending", sirala: "tarih", yon: "azalan", sayfa: "3" };

  it("keep the filters and the sort when moving to another page", () => {
    expect(listHref("/panel/siparisler", params, { sayfa: "4" })).toBe(
      "/panel/siparisler?durum=pending&sirala=tarih&yon=azalan&sayfa=4",
    );
  });

  it("leave page 1 out of the address", () => {
    expect(listHref("/panel/siparisler", params, { sayfa: "1" })).toBe(
      "/panel/siparisler?durum=pending&sirala=tarih&yon=azalan",
    );
  });

  it("start again at page 1 when the sort or a filter changes", () => {
    expect(listHref("/panel/siparisler", params, { sirala: "paket", yon: "artan" })).toBe(
      "/panel/siparisler?durum=pending&sirala=paket&yon=artan",
    );
    expect(listHref("/panel/siparisler", params, { durum: undefined })).toBe(
      "/panel/siparisler?sirala=tarih&yon=azalan",
    );
  });

  it("drop a keyset position when a filter changes, and keep it for the position itself", () => {
    const keyset = { durum: "pending", sonra: "WyJhIl0" };
    expect(listHref("/yonetim/siparisler", keyset, { durum: "completed" })).toBe("/yonetim/siparisler?durum=completed");
    expect(listHref("/yonetim/siparisler", { durum: "pending" }, { once: "WyJiIl0" })).toBe(
      "/yonetim/siparisler?durum=pending&once=WyJiIl0",
    );
  });

  it("encode what they carry and drop empty values", () => {
    expect(listHref("/yonetim/musteriler", { ara: "Kozmetik & Co", durum: "" })).toBe(
      "/yonetim/musteriler?ara=Kozmetik+%26+Co",
    );
    expect(listHref("/yonetim/musteriler", {})).toBe("/yonetim/musteriler");
  });

  it("read the sort direction from its Turkish word and nothing else", () => {
    expect(parseDirection("artan")).toBe("asc");
    expect(parseDirection("azalan")).toBe("desc");
    expect(parseDirection("desc")).toBeUndefined();
    expect(parseDirection(undefined)).toBeUndefined();
  });
});
