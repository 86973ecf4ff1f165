/**
 * Switching the operations alerts on and off (/yonetim/e-postalar/uyarilar): one row per kind that
 * was ever saved, written together with the audit row of what changed.
 */
import "server-only";
import { sql } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/db";
import { listOpsAlertSettings } from "@/db/queries/ops-alerts";
import { opsAlertSettings } from "@/db/schema";
import { assertAdmin } from "./admin-guard";
import { writeAudit } from "./audit";
import type { AdminContext } from "./context";
import { OPS_ALERT_KINDS, type opsAlertSettingsSchema, type OpsAlertSwitches } from "./ops-alert-kinds";

export function switchesOf(stored: ReadonlyMap<string, boolean>): OpsAlertSwitches {
  return Object.fromEntries(OPS_ALERT_KINDS.map((kind) => [kind, stored.get(kind) ?? true])) as OpsAlertSwitches;
}

/** Saves which kinds are on; returns how many changed (0: nothing written, no audit row). */
export async function updateOpsAlertSettings(
  ctx: AdminContext,
  input: z.output<typeof opsAlertSettingsSchema>,
): Promise<{ changed: number }> {
  assertAdmin(ctx);
  const wanted = new Set(input.enabled);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = switchesOf(await listOpsAlertSettings(tx));
    const after = Object.fromEntries(OPS_ALERT_KINDS.map((kind) => [kind, wanted.has(kind)])) as OpsAlertSwitches;
    const changed = OPS_ALERT_KINDS.filter((kind) => before[kind] !== after[kind]);
    if (changed.length === 0) return { changed: 0 };
    await tx
      .insert(opsAlertSettings)
      .values(changed.map((kind) => ({ kind, enabled: after[kind], updatedBy: ctx.actor.id })))
      .onConflictDoUpdate({
        target: opsAlertSettings.kind,
        set: { enabled: sql`excluded.enabled`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`now()` },
      });
    await writeAudit(tx, ctx, {
      action: "ops_alerts.updated",
      entityType: "ops_alerts",
      before: Object.fromEntries(changed.map((kind) => [kind, before[kind]])),
      after: Object.fromEntries(changed.map((kind) => [kind, after[kind]])),
    });
    return { changed: changed.length };
  });
}
