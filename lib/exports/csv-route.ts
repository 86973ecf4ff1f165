import "server-only";
import { getDb } from "@/db";
import type { ExportSource } from "@/db/queries/export-source";
import { streamRows } from "@/db/stream";
import { writeAudit } from "@/lib/audit";
import { currentUser } from "@/lib/auth/session";
import { withActor, type AdminContext } from "@/lib/context";
import { attachmentDisposition, csvFileName, csvStream, type CsvValue, type StreamOutcome } from "@/lib/csv";
import { istanbulDateKey } from "@/lib/dates";
import type { SearchParams } from "@/lib/list-params";
import { requestContextFor } from "@/lib/request";
import { userActor } from "@/lib/safe-action";

/** A list that can be downloaded: how its URL reads, what it reads, and how a row becomes cells. */
export type CsvList<Q extends { page: number; cursor?: unknown }, Row> = {
  /** The file's first part and the list's name in the audit log: `musteriler`. */
  name: string;
  parse: (params: SearchParams) => Q;
  source: (filters: Q, now: Date) => ExportSource<Row>;
  header: readonly string[];
  /** `now`: the download's time, for a cell that depends on it (a price version's state). */
  cells: (row: Row, now: Date) => readonly CsvValue[];
};

function searchParamsOf(url: URL): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    params[key] = values.length > 1 ? values : values[0];
  }
  return params;
}

/**
 * The filters as the audit row records them: what chose the rows, not where a page started nor what
 * the address gave that no filter could use.
 */
function recordedFilters(filters: { page: number; cursor?: unknown; ignored?: unknown }): Record<string, unknown> {
  const { page: _page, cursor: _cursor, ignored: _ignored, ...rest } = filters;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
}

const notFound = () =>
  new Response("Sayfa bulunamadı.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The GET handler of a list's `CSV indir`: admins only (anyone else gets the 404 an unknown address
 * gets), exactly the rows the list's filters in the URL choose, streamed from the database as the
 * client reads, and one audit row when the download ends (who, which list, which filters, how many
 * rows, whether it completed). `export const GET = csvExportRoute(customerCsv)`.
 */
export function csvExportRoute<Q extends { page: number; cursor?: unknown }, Row>(list: CsvList<Q, Row>) {
  return async function GET(request: Request): Promise<Response> {
    const user = await currentUser();
    if (!user || user.role !== "admin") return notFound();
    const ctx = withActor(requestContextFor(`export-${list.name}`, request.headers), userActor(user)) as AdminContext;
    const now = new Date();
    const filters = list.parse(searchParamsOf(new URL(request.url)));
    const db = await getDb();
    const onEnd = async (outcome: StreamOutcome) => {
      if (outcome.error) ctx.log.error({ err: outcome.error, rows: outcome.rows }, "CSV export failed");
      await writeAudit(db, ctx, {
        action: "export.csv",
        entityType: "export",
        entityId: list.name,
        after: { list: list.name, filters: recordedFilters(filters), rows: outcome.rows, completed: outcome.completed },
      }).catch((error: unknown) => ctx.log.error({ err: error }, "CSV export not audited"));
    };
    const body = csvStream({
      header: list.header,
      batches: streamRows(db, list.source(filters, now)),
      cells: (row) => list.cells(row, now),
      onEnd,
    });
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": attachmentDisposition(csvFileName(list.name, istanbulDateKey(now))),
        "Cache-Control": "no-store",
      },
    });
  };
}
