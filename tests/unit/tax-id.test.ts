import { describe, expect, it } from "vitest";
import { isValidTckn, isValidVkn, TAX_ID_MESSAGES, taxIdSchema, validateTaxId } from "@/lib/tax-id";

// Written independently of lib/tax-id.ts, from the published rules, so a shared mistake cannot hide.
function referenceVkn(value: string): boolean {
  const d = value.split("").map(Number);
  const total = d.slice(0, 9).reduce((sum, digit, index) => {
    const p = (digit + 10 - (index + 1)) % 10;
    if (p === 9) return sum + 9;
    const q = (p * Math.pow(2, 10 - (index + 1))) % 9;
    return sum + q;
  }, 0);
  return d[9] === (10 - (total % 10)) % 10;
}

function referenceTckn(value: string): boolean {
  const d = value.split("").map(Number);
  if (d.length !== 11 || d[0] === 0) return false;
  const at = (position: number) => d[position - 1] ?? NaN;
  const oddSum = at(1) + at(3) + at(5) + at(7) + at(9);
  const evenSum = at(2) + at(4) + at(6) + at(8);
  let tenth = (oddSum * 7 - evenSum) % 10;
  if (tenth < 0) tenth += 10;
  const eleventh = (oddSum + evenSum + tenth) % 10;
  return at(10) === tenth && at(11) === eleventh;
}

/** Every number one digit away from `value`: each position, each of the nine other digits. */
function oneDigitChanges(value: string): string[] {
  const changes: string[] = [];
  for (let position = 0; position < value.length; position++) {
    for (let digit = 0; digit <= 9; digit++) {
      if (String(digit) === value[position]) continue;
      changes.push(value.slice(0, position) + digit + value.slice(position + 1));
    }
  }
  return changes;
}

describe("known valid numbers", () => {
  it("accepts the VKN 4540536920", () => {
    expect(isValidVkn("4540536920")).toBe(true);
    expect(validateTaxId("4540536920")).toEqual({ ok: true, kind: "vkn", value: "4540536920" });
  });

  it.each(["17291716060", "10000000146"])("accepts the TCKN %s", (tckn) => {
    expect(isValidTckn(tckn)).toBe(true);
    expect(validateTaxId(tckn)).toEqual({ ok: true, kind: "tckn", value: tckn });
  });

  it("strips the spaces people type between digit groups", () => {
    expect(validateTaxId(" 454 053 6920 ")).toEqual({ ok: true, kind: "vkn", value: "4540536920" });
    expect(validateTaxId("172 917 160 60")).toEqual({ ok: true, kind: "tckn", value: "17291716060" });
  });

  it("agrees with the reference rules on the known numbers", () => {
    expect(referenceVkn("4540536920")).toBe(true);
    expect(referenceTckn("17291716060")).toBe(true);
    expect(referenceTckn("10000000146")).toBe(true);
  });
});

describe("one-digit changes", () => {
  it("refuses every changed VKN the algorithm does not also accept", () => {
    const changes = oneDigitChanges("4540536920");
    expect(changes).toHaveLength(90);
    let refused = 0;
    for (const changed of changes) {
      const expected = referenceVkn(changed);
      expect(isValidVkn(changed), changed).toBe(expected);
      const result = validateTaxId(changed);
      expect(result.ok, changed).toBe(expected);
      if (!result.ok) {
        refused++;
        expect(result.message).toBe(TAX_ID_MESSAGES.checksum);
      }
    }
    // The check digit catches most typos; a change to the check digit itself is always caught.
    expect(refused).toBeGreaterThanOrEqual(80);
    for (let digit = 1; digit <= 9; digit++) expect(isValidVkn(`454053692${digit}`)).toBe(false);
  });

  it.each(["17291716060", "10000000146"])("refuses every changed TCKN %s the rules do not also accept", (tckn) => {
    const changes = oneDigitChanges(tckn);
    expect(changes).toHaveLength(99);
    let refused = 0;
    for (const changed of changes) {
      const expected = referenceTckn(changed);
      expect(isValidTckn(changed), changed).toBe(expected);
      const result = validateTaxId(changed);
      expect(result.ok, changed).toBe(expected);
      if (!result.ok) {
        refused++;
        const message = changed.startsWith("0") ? TAX_ID_MESSAGES.tcknLeadingZero : TAX_ID_MESSAGES.checksum;
        expect(result.message, changed).toBe(message);
      }
    }
    // Two check digits: any single change is caught.
    expect(refused).toBe(99);
  });
});

describe("refusals with a message that says what is wrong", () => {
  it.each([
    ["", TAX_ID_MESSAGES.required],
    ["   ", TAX_ID_MESSAGES.required],
    ["123456789", TAX_ID_MESSAGES.length],
    ["123456789012", TAX_ID_MESSAGES.length],
    ["1", TAX_ID_MESSAGES.length],
    ["45405369A0", TAX_ID_MESSAGES.digits],
    ["VKN4540536920", TAX_ID_MESSAGES.digits],
    ["454-053-6920", TAX_ID_MESSAGES.digits],
    ["01729171606", TAX_ID_MESSAGES.tcknLeadingZero],
    ["4540536921", TAX_ID_MESSAGES.checksum],
    ["17291716061", TAX_ID_MESSAGES.checksum],
  ])("refuses %j", (input, message) => {
    expect(validateTaxId(input)).toEqual({ ok: false, message });
  });

  it("says the length rule in Turkish", () => {
    expect(TAX_ID_MESSAGES.length).toBe("Vergi numarası 10 haneli VKN ya da 11 haneli TCKN olmalıdır");
    expect(TAX_ID_MESSAGES.checksum).toBe("Vergi numarası geçersiz: kontrol hanesi tutmuyor");
  });

  it("refuses numbers of the wrong shape in the boolean checks too", () => {
    expect(isValidVkn("454053692")).toBe(false);
    expect(isValidVkn("17291716060")).toBe(false);
    expect(isValidTckn("4540536920")).toBe(false);
    expect(isValidTckn("0000000000 ")).toBe(false);
  });
});

describe("taxIdSchema", () => {
  it("gives the digits for a valid number and the Turkish message otherwise", () => {
    expect(taxIdSchema.parse("454 053 6920")).toBe("4540536920");
    const result = taxIdSchema.safeParse("4540536921");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(TAX_ID_MESSAGES.checksum);
    expect(taxIdSchema.safeParse(undefined).error?.issues[0]?.message).toBe(TAX_ID_MESSAGES.required);
  });
});
