import { envOrExit } from "@/lib/env";
import { closeDb, dbEngine, getDb } from "../index";
import { seedDb } from "../seed";

envOrExit();
const db = await getDb();
if ((await dbEngine()) === "postgres") await seedDb(db);
console.log("Seed done.");
await closeDb();
