import { describe, expect, it } from "vitest";
import { currentState } from "@/components/layout/current-item";
import { FAILURE_FALLBACK, SUCCESS_FALLBACK, toastFor } from "@/components/ui/use-action-toast";

describe("the menu's current item", () => {
  it("is the page itself on its own address", () => {
    expect(currentState("/panel/siparisler", "/panel/siparisler", "/panel")).toBe("page");
    expect(currentState("/panel", "/panel", "/panel")).toBe("page");
  });

  it("is the section on a page below it, but the area's home is not everyone's section", () => {
    expect(currentState("/panel/siparisler/6f1c", "/panel/siparisler", "/panel")).toBe("true");
    expect(currentState("/panel/siparisler/6f1c", "/panel", "/panel")).toBeUndefined();
  });

  it("is not a section whose name only begins the same way", () => {
    expect(currentState("/yonetim/siparisler-arsivi", "/yonetim/siparisler", "/yonetim")).toBeUndefined();
  });
});

describe("the toast after an action", () => {
  it("says the action's own message, else the form's, else a plain one", () => {
    expect(toastFor({ ok: true, data: undefined, message: "Sipariş oluşturuldu." })).toEqual({
      kind: "success",
      message: "Sipariş oluşturuldu.",
    });
    expect(toastFor({ ok: true, data: undefined }, "Kaydedildi.")).toEqual({ kind: "success", message: "Kaydedildi." });
    expect(toastFor({ ok: true, data: undefined })).toEqual({ kind: "success", message: SUCCESS_FALLBACK });
  });

  it("says the refusal's message on a failure", () => {
    expect(toastFor({ ok: false, formError: "Lütfen işaretli alanları düzeltin." })).toEqual({
      kind: "error",
      message: "Lütfen işaretli alanları düzeltin.",
    });
    expect(toastFor({ ok: false })).toEqual({ kind: "error", message: FAILURE_FALLBACK });
  });
});
