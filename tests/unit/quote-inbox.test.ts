import { describe, expect, it } from "vitest";
import { pageWindow } from "@/components/admin/quotes/pagination";
import { quoteListHref } from "@/components/admin/quotes/quote-filters";

describe("quotes inbox links", () => {
  it("keep the status filter and the search in every page link", () => {
    expect(quoteListHref({ status: "pending", search: "çardak & co" }, 3)).toBe(
      "/yonetim/teklifler?durum=pending&q=%C3%A7ardak+%26+co&sayfa=3",
    );
    expect(quoteListHref({ search: "mavi" }, 1)).toBe("/yonetim/teklifler?q=mavi");
    expect(quoteListHref({}, 1)).toBe("/yonetim/teklifler");
  });

  it("link the first, the last and the pages around the current one", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(10, 30)).toEqual([1, "gap", 8, 9, 10, 11, 12, "gap", 30]);
    expect(pageWindow(30, 30)).toEqual([1, "gap", 28, 29, 30]);
  });
});
