/**
 * CSV files that Turkish Excel opens as they are: UTF-8 with a byte order mark (without it Excel reads
 * the bytes as Windows-1254 and garbles ş, ğ, ı), `;` between cells (Turkish Excel's list separator,
 * since `,` is its decimal comma), numbers as Turkish formats them (1.234,56), CRLF line ends. A cell
 * that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula by a
 * spreadsheet (CSV injection): it is prefixed with `'` so it shows as the text it is, the full-width
 * forms Apple Numbers reads the same way too. A negative number as Turkish writes it (-1.234,56) runs
 * nothing and stays a number. The quoting is csv-stringify's (the writer of the csv-parse family).
 */
import { stringify, type Options } from "csv-stringify/sync";

export const CSV_SEPARATOR = ";";
export const BOM = "\uFEFF";

export type CsvValue = string | number | bigint | null | undefined;

/** What a spreadsheet would run as a formula: its first character, unless the cell is a negative number. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEGATIVE_NUMBER = /^-(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

const neutralised = (value: string) =>
  FORMULA_START.test(value) && !NEGATIVE_NUMBER.test(value) ? `'${value}` : value;

const OPTIONS: Options = {
  delimiter: CSV_SEPARATOR,
  record_delimiter: "windows",
  // It quotes a cell holding the record delimiter (CRLF) but not a lone LF or CR, which Excel would
  // still read as a new row.
  quoted_match: /[\r\n]/,
  // Numbers reach the file as the text the caller chose (csvAmount, csvInteger); a raw one as digits.
  cast: { string: neutralised, number: (value) => String(value), bigint: (value) => String(value) },
};

/** Lines for `rows`, each ending in CRLF. */
export function csvLines(rows: readonly (readonly CsvValue[])[]): string {
  return rows.length === 0 ? "" : stringify(rows as CsvValue[][], OPTIONS);
}

export function csvLine(values: readonly CsvValue[]): string {
  return csvLines([values]);
}

/** One cell: neutralised when it could start a formula, quoted when it holds `;`, `"` or a line break. */
export function csvCell(value: CsvValue): string {
  return csvLine([value]).slice(0, -2);
}

const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");

function wholeNumber(value: number | string | bigint): bigint {
  const number = typeof value === "bigint" ? value : BigInt(typeof value === "number" ? Math.trunc(value) : value);
  return number;
}

/** A count as Turkish writes it: 1234567 → "1.234.567"; empty for no value. */
export function csvInteger(value: number | string | bigint | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  const number = wholeNumber(value);
  const sign = number < 0n ? "-" : "";
  return `${sign}${grouped((number < 0n ? -number : number).toString())}`;
}

/** Kuruş as a Turkish amount without the currency sign: 123456 → "1.234,56"; empty for no value. */
export function csvAmount(kurus: number | string | bigint | null | undefined): string {
  if (kurus === null || kurus === undefined || kurus === "") return "";
  const number = wholeNumber(kurus);
  const sign = number < 0n ? "-" : "";
  const digits = (number < 0n ? -number : number).toString().padStart(3, "0");
  return `${sign}${grouped(digits.slice(0, -2))},${digits.slice(-2)}`;
}

/** `musteriler-2026-11-25.csv`: the list's name and the Istanbul day of the download. */
export function csvFileName(list: string, day: string): string {
  return `${list}-${day}.csv`;
}

/** Content-Disposition with a plain-ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.normalize("NFKD").replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export type StreamOutcome = { rows: number; completed: boolean; error?: unknown };

/**
 * The file as a byte stream: BOM and header first, then each batch's lines as it arrives. Nothing
 * is read ahead of what the client takes; cancelling the stream (an aborted download) ends `batches`
 * through its `return()`, which closes the database cursor. `onEnd` runs once, however it ends.
 */
export function csvStream<Row>(options: {
  header: readonly string[];
  batches: AsyncGenerator<Row[]>;
  cells: (row: Row) => readonly CsvValue[];
  onEnd?: (outcome: StreamOutcome) => Promise<void>;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    started = true;
    const outcome: StreamOutcome = { rows: 0, completed: false };
    try {
      yield encoder.encode(BOM + csvLine(options.header));
      for await (const batch of options.batches) {
        const text = csvLines(batch.map(options.cells));
        outcome.rows += batch.length;
        yield encoder.encode(text);
      }
      outcome.completed = true;
    } catch (error) {
      outcome.error = error;
      throw error;
    } finally {
      await options.onEnd?.(outcome);
    }
  }
  const iterator = chunks();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        // Cancelled before the first read: the generator never ran, so its `finally` will not either.
        if (!started) await options.onEnd?.({ rows: 0, completed: false });
        await iterator.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
