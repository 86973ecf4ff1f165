/** The operations alerts' switches: a kind without a row is on. */
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { opsAlertSettings } from "../schema";

/** Whether the alert `kind` is on (no row: on). */
export async function isOpsAlertEnabled(db: DbOrTx, params: { kind: string }): Promise<boolean> {
  const [row] = await db
    .select({ enabled: opsAlertSettings.enabled })
    .from(opsAlertSettings)
    .where(eq(opsAlertSettings.kind, params.kind))
    .limit(1);
  return row?.enabled ?? true;
}

/** Every stored switch, by kind (kinds without a row are on). */
export async function listOpsAlertSettings(db: DbOrTx, _params: Record<string, never> = {}) {
  const rows = await db
    .select({ kind: opsAlertSettings.kind, enabled: opsAlertSettings.enabled })
    .from(opsAlertSettings);
  return new Map(rows.map((row) => [row.kind, row.enabled]));
}
