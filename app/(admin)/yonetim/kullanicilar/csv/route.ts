import { csvExportRoute } from "@/lib/exports/csv-route";
import { usersCsv } from "@/lib/exports/lists";

// `CSV indir` of the list: admins only, exactly its filtered rows, streamed, audited.
export const dynamic = "force-dynamic";
export const GET = csvExportRoute(usersCsv);
