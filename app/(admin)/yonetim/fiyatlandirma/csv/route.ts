import { csvExportRoute } from "@/lib/exports/csv-route";
import { pricingVersionsCsv } from "@/lib/exports/lists";

// `CSV indir` of the price versions: admins only, every version, streamed, audited.
export const dynamic = "force-dynamic";
export const GET = csvExportRoute(pricingVersionsCsv);
