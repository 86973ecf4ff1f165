import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * An embedded database with the extensions the migrations create (pg_trgm for the admin searches):
 * PGlite loads an extension only when it is named here, so every PGlite of the app, the tests and the
 * benchmarks is opened through this. `dataDir` undefined: in memory; `loadDataDir`: starting from a
 * dump of another database (`dumpDataDir`).
 */
export function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): PGlite {
  return new PGlite({ ...options, extensions: { pg_trgm } });
}
