import { afterEach, describe, expect, it } from "vitest";
import { company, formatIban, platformAddresses } from "@/lib/company";
import { resetEnvCache } from "@/lib/env";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

describe("the company", () => {
  it("groups an IBAN by four, however it was typed", () => {
    expect(formatIban("TR330006100519786457841326")).toBe("TR33 0006 1005 1978 6457 8413 26");
    expect(formatIban("TR33 0006 1005 1978 6457 8413 26")).toBe("TR33 0006 1005 1978 6457 8413 26");
  });

  it("comes from configuration", () => {
    process.env.COMPANY_TAX_ID = "1234567890";
    process.env.COMPANY_IBAN = "TR330006100519786457841326";
    process.env.COMPANY_PHONE = "+90 216 000 00 00";
    resetEnvCache();
    expect(company()).toMatchObject({
      taxId: "1234567890",
      iban: "TR33 0006 1005 1978 6457 8413 26",
      phone: "+90 216 000 00 00",
      name: "Çardak Paketleme Ltd. Şti.",
    });
  });

  it("names its own addresses lowercased: operations', support's and the sender's, with or without a name", () => {
    process.env.OPS_EMAIL = "Operasyon@Cardak.test";
    process.env.COMPANY_EMAIL = "destek@cardak.test";
    process.env.EMAIL_FROM = "Çardak Paketleme <Bildirim@Cardak.test>";
    resetEnvCache();
    expect(platformAddresses()).toEqual(["operasyon@cardak.test", "destek@cardak.test", "bildirim@cardak.test"]);
    delete process.env.OPS_EMAIL;
    process.env.EMAIL_FROM = "bildirim@cardak.test";
    resetEnvCache();
    expect(platformAddresses()).toEqual(["destek@cardak.test", "bildirim@cardak.test"]);
  });
});
