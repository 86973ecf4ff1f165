import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  attachmentDisposition,
  BOM,
  csvAmount,
  csvCell,
  csvFileName,
  csvInteger,
  csvLine,
  csvStream,
  type StreamOutcome,
} from "@/lib/csv";

async function* batches<T>(...groups: T[][]): AsyncGenerator<T[]> {
  for (const group of groups) yield group;
}

/** The body as sent: Response.text() would drop the byte order mark, which is what is tested. */
async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

describe("CSV cells", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+905321234567", "'+905321234567"],
    ["-12+3", "'-12+3"],
    ["-A1", "'-A1"],
    ["-", "'-"],
    // A negative number is no formula: it stays a number for the spreadsheet.
    ["-12", "-12"],
    ["-1.234,56", "-1.234,56"],
    ["-0,05", "-0,05"],
    ["\uFF0D12", "'\uFF0D12"],
    ["\uFF1D1+1", "'\uFF1D1+1"],
    ["@komut", "'@komut"],
    ["\tsekme", "'\tsekme"],
    ["\rsatır", `"'\rsatır"`],
    ["Ayşe; Kızı", `"Ayşe; Kızı"`],
    ['"Tırnak" A.Ş.', `"""Tırnak"" A.Ş."`],
    ["iki\nsatır", `"iki\nsatır"`],
    ["Düz metin", "Düz metin"],
    ["a=b", "a=b"],
  ])("writes %j as %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("leaves a missing value empty and ends each line with CRLF", () => {
    expect(csvLine(["a", null, undefined, 3])).toBe("a;;;3\r\n");
  });

  it("reads back, through a real CSV parser, as the texts written (formulas as text)", () => {
    const values = ["=1+1", "Işık; Şeker", 'x"y', "çok\nsatırlı", "-5+5", "normal", csvAmount(-123456)];
    const [row] = parse(csvLine(values), { delimiter: ";" }) as string[][];
    expect(row).toEqual(["'=1+1", "Işık; Şeker", 'x"y', "çok\nsatırlı", "'-5+5", "normal", "-1.234,56"]);
  });
});

describe("Turkish numbers", () => {
  it.each([
    [0, "0,00"],
    [5, "0,05"],
    [3250, "32,50"],
    [123456, "1.234,56"],
    [123456789012, "1.234.567.890,12"],
    ["98765", "987,65"],
    [-150, "-1,50"],
    [null, ""],
  ])("writes %j kuruş as %j", (kurus, text) => {
    expect(csvAmount(kurus)).toBe(text);
  });

  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1.000"],
    ["1234567", "1.234.567"],
    [null, ""],
  ])("writes the count %j as %j", (value, text) => {
    expect(csvInteger(value)).toBe(text);
  });
});

describe("the download", () => {
  it("is named after the list and the day, with an ASCII fallback and the UTF-8 name", () => {
    expect(csvFileName("musteriler", "2026-11-25")).toBe("musteriler-2026-11-25.csv");
    expect(attachmentDisposition("musteriler-2026-11-25.csv")).toBe(
      `attachment; filename="musteriler-2026-11-25.csv"; filename*=UTF-8''musteriler-2026-11-25.csv`,
    );
    expect(attachmentDisposition("müşteriler.csv")).toBe(
      `attachment; filename="mu_s_teriler.csv"; filename*=UTF-8''m%C3%BC%C5%9Fteriler.csv`,
    );
  });

  it("streams the BOM, the header and every batch, and reports the rows at the end", async () => {
    const outcomes: StreamOutcome[] = [];
    const stream = csvStream({
      header: ["Ad", "Tutar"],
      batches: batches([{ name: "Ayşe", kurus: 123456 }], [{ name: "=Bay", kurus: 5 }]),
      cells: (row) => [row.name, csvAmount(row.kurus)],
      onEnd: async (outcome) => {
        outcomes.push(outcome);
      },
    });
    const body = await text(stream);
    expect(body.startsWith(BOM)).toBe(true);
    expect(body).toBe(`${BOM}Ad;Tutar\r\nAyşe;1.234,56\r\n'=Bay;0,05\r\n`);
    expect(outcomes).toEqual([{ rows: 2, completed: true }]);
  });

  it("stops reading its batches when the reader cancels, and reports an incomplete download", async () => {
    const outcomes: StreamOutcome[] = [];
    let produced = 0;
    let closed = false;
    async function* endless(): AsyncGenerator<{ n: number }[]> {
      try {
        for (;;) yield [{ n: ++produced }];
      } finally {
        closed = true;
      }
    }
    const reader = csvStream({
      header: ["n"],
      batches: endless(),
      cells: (row) => [row.n],
      onEnd: async (outcome) => {
        outcomes.push(outcome);
      },
    }).getReader();
    await reader.read(); // BOM and header
    await reader.read(); // first batch
    await reader.read(); // second batch
    await reader.cancel();
    expect(closed).toBe(true);
    expect(produced).toBe(2);
    expect(outcomes).toEqual([{ rows: 2, completed: false }]);
  });
});
