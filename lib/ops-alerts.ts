/**
 * Alerts for operations: an e-mail (template `ops-alert`) to OPS_EMAIL when something they act on
 * happens. Each is queued in the transaction of the change it reports, so a change that rolls back
 * alerts nobody and a committed one is never lost (the outbox of lib/email.ts sends it after commit).
 * No OPS_EMAIL: no alerts. Each kind can be switched off (ops_alert_settings, /yonetim/e-postalar/uyarilar).
 */
import "server-only";
import type { DbOrTx } from "@/db";
import { isOpsAlertEnabled } from "@/db/queries/ops-alerts";
import { actorLabel, type Context } from "./context";
import { queueEmail } from "./email";
import { env } from "./env";
import { OPS_ALERT_LABELS, type OpsAlertKind } from "./ops-alert-kinds";

export { OPS_ALERT_KINDS, OPS_ALERT_LABELS, type OpsAlertKind } from "./ops-alert-kinds";

export type OpsAlertData = {
  /** Which one, in a line: "SP-2026-000123 · Anadolu Kozmetik". */
  summary: string;
  /** A few labelled facts ("Paket": "40"). */
  details?: Readonly<Record<string, string>>;
  /** The admin page of what changed: `/yonetim/siparisler/<id>`. */
  path: string;
};

/**
 * Queues the alert `kind` in the caller's transaction `tx`, unless OPS_EMAIL is unset or the kind
 * is switched off. Call it inside `transactionWithEmails` (or `db.transaction`: the requeue job then
 * sends it) after the change is written:
 * `await queueOpsAlert(tx, ctx, "payment_received", { summary, details, path: "/yonetim/faturalar/<id>" })`.
 */
export async function queueOpsAlert(
  tx: DbOrTx,
  ctx: Context,
  kind: OpsAlertKind,
  data: OpsAlertData,
): Promise<boolean> {
  const config = env();
  if (!config.OPS_EMAIL) return false;
  if (!(await isOpsAlertEnabled(tx, { kind }))) return false;
  const details = Object.entries(data.details ?? {}).map(([label, value]) => ({ label, value }));
  details.push({ label: "İşlemi yapan", value: actorLabel(ctx.actor) });
  await queueEmail(tx, {
    to: config.OPS_EMAIL,
    template: "ops-alert",
    data: {
      kindLabel: OPS_ALERT_LABELS[kind],
      summary: data.summary,
      details,
      url: new URL(data.path, config.APP_URL).toString(),
    },
  });
  ctx.log.debug({ kind }, "ops alert queued");
  return true;
}
