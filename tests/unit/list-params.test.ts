import { describe, expect, it } from "vitest";
import { z } from "zod";
import { pageWindow } from "@/components/ui/data-table/list-url";
import { filter, listParams, pageCount } from "@/lib/list-params";
import { quoteList } from "@/lib/quotes/filters";

describe("list state in the URL", () => {
  const lamps = listParams({
    filters: { color: filter("renk", z.enum(["kirmizi", "mavi"])), size: filter("boy", z.coerce.number().int()) },
    sorts: ["yeni", "eski"],
  });

  it("reads filters, sort and page, taking the first of repeated values", () => {
    expect(lamps.parse({ renk: ["mavi", "kirmizi"], boy: "3", sirala: "eski", sayfa: "4" })).toEqual({
      color: "mavi",
      size: 3,
      sort: "eski",
      page: 4,
    });
  });

  it("drops a bad filter and falls back to the first page and the default sort", () => {
    for (const sayfa of ["0", "-3", "2abc", "1.5", "", "99999999999999999999"]) {
      expect(lamps.parse({ renk: "yesil", boy: "iki", sirala: "rastgele", sayfa })).toEqual({
        color: undefined,
        size: undefined,
        sort: "yeni",
        page: 1,
      });
    }
  });

  it("writes the same state back, leaving out the defaults", () => {
    expect(lamps.href("/lambalar", { color: "mavi", size: 3, sort: "eski", page: 2 })).toBe(
      "/lambalar?renk=mavi&boy=3&sirala=eski&sayfa=2",
    );
    expect(lamps.href("/lambalar", { sort: "yeni", page: 1 })).toBe("/lambalar");
  });

  it("counts at least one page", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });
});

describe("quotes inbox links", () => {
  it("keep the status filter and the search in every page link", () => {
    expect(quoteList.href("/yonetim/teklifler", { status: "pending", search: "çardak & co", page: 3 })).toBe(
      "/yonetim/teklifler?durum=pending&q=%C3%A7ardak+%26+co&sayfa=3",
    );
    expect(quoteList.href("/yonetim/teklifler", { search: "mavi", page: 1 })).toBe("/yonetim/teklifler?q=mavi");
    expect(quoteList.href("/yonetim/teklifler", { page: 1 })).toBe("/yonetim/teklifler");
  });

  it("read a search trimmed and at most 200 characters long, and ignore a blank one", () => {
    expect(quoteList.parse({ q: "  mavi  ", durum: "quoted" })).toEqual({ search: "mavi", status: "quoted", page: 1 });
    expect(quoteList.parse({ q: "   " }).search).toBeUndefined();
    expect(quoteList.parse({ q: "a".repeat(300) }).search).toHaveLength(200);
  });

  it("link the first, the last and the pages around the current one", () => {
    expect(pageWindow(1, 1, 2)).toEqual([1]);
    expect(pageWindow(1, 4, 2)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(10, 30, 2)).toEqual([1, "gap", 8, 9, 10, 11, 12, "gap", 30]);
    expect(pageWindow(30, 30, 2)).toEqual([1, "gap", 28, 29, 30]);
  });
});
