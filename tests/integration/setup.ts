import { afterAll, afterEach, beforeEach, inject } from "vitest";
import { WORKER_DB_COUNT, databaseUrl } from "./local-db";

// Configure the app's environment before any app module reads it.
process.env.ADMIN_EMAIL = "admin@test.local";
process.env.ADMIN_PASSWORD = "Yonetim-Sifresi-2026";
process.env.LOG_LEVEL = "silent";
process.env.OPS_EMAIL = "operasyon@test.local";
delete process.env.RESEND_API_KEY;
if (process.env.TEST_DATABASE_URL) {
  const worker = Number(process.env.VITEST_POOL_ID ?? "1");
  if (worker > WORKER_DB_COUNT) throw new Error(`Worker ${worker} has no database; raise WORKER_DB_COUNT`);
  process.env.DATABASE_URL = databaseUrl(process.env.TEST_DATABASE_URL, `cardak_test_${worker}`);
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DATA_DIR = "memory://";
  // A copy of the database global-setup.ts migrated once for the whole run.
  const snapshot = inject("pgliteSnapshot");
  if (snapshot) process.env.PGLITE_SNAPSHOT = snapshot;
}

const { resetDatabase } = await import("./helpers/db");
const { fromAddress } = await import("./helpers/request");
const { responseSent } = await import("./helpers/response");
const { closeDb } = await import("@/db");

beforeEach(async () => {
  await resetDatabase();
  fromAddress("203.0.113.7");
});

// What the test's actions left for after their response (e-mails) runs now, before the next reset.
afterEach(async () => {
  await responseSent();
});

afterAll(async () => {
  await closeDb();
});
