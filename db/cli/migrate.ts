import { envOrExit } from "@/lib/env";
import { closeDb, dbEngine, getDb } from "../index";
import { migrateDb } from "../migrate";

envOrExit();
const db = await getDb();
const engine = await dbEngine();
// The embedded database migrates itself when opened; PostgreSQL is migrated only here.
if (engine === "postgres") await migrateDb(db, engine);
console.log(`Migrations applied (${engine}).`);
await closeDb();
