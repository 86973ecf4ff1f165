import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { statusMachine } from "@/lib/status-machine";

const lamp = statusMachine({
  entity: "LAMP",
  statuses: ["off", "on", "broken"],
  labels: { off: "Kapalı", on: "Açık", broken: "Bozuk" },
  transitions: { off: ["on", "broken"], on: ["off", "broken"], broken: [] },
});

describe("status machine", () => {
  it("knows its statuses and labels", () => {
    expect(lamp.is("on")).toBe(true);
    expect(lamp.is("ON")).toBe(false);
    expect(lamp.is(3)).toBe(false);
    expect(lamp.label("broken")).toBe("Bozuk");
  });

  it("allows only the declared moves", () => {
    expect(lamp.next("off")).toEqual(["on", "broken"]);
    expect(lamp.can("off", "on")).toBe(true);
    expect(lamp.can("broken", "on")).toBe(false);
    expect(lamp.isFinal("broken")).toBe(true);
    expect(lamp.isFinal("on")).toBe(false);
  });

  it("refuses a move with an AppError naming both statuses in Turkish", () => {
    expect(() => lamp.assert("off", "on")).not.toThrow();
    let error: unknown;
    try {
      lamp.assert("broken", "on");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("LAMP_INVALID_TRANSITION");
    expect((error as AppError).userMessage).toBe('"Bozuk" durumundan "Açık" durumuna geçilemez.');
    expect(lamp.refusalError("on", "on").userMessage).toBe('Zaten "Açık" durumunda.');
  });

  it("uses the domain's own refusal text when it has one", () => {
    const door = statusMachine({
      entity: "DOOR",
      statuses: ["open", "shut"],
      labels: { open: "Açık", shut: "Kapalı" },
      transitions: { open: ["shut"], shut: [] },
      refusal: (from) => (from === "shut" ? "Kapanan kapı açılmaz." : "Olmaz."),
    });
    expect(door.refusalError("shut", "open").userMessage).toBe("Kapanan kapı açılmaz.");
  });
});
