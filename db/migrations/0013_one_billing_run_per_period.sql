-- One by-hand billing run of a period at a time (lib/billing/run.ts). Runs of a period left `running`
-- side by side before this index (only the newest can still be alive) are recorded as stopped first.
UPDATE "billing_runs" SET "status" = 'failed', "finished_at" = now(),
  "error" = 'Çalıştırma yarıda kaldı: süreci durdu, sonucu kaydedilmedi.'
WHERE "status" = 'running' AND "id" NOT IN (
  SELECT DISTINCT ON ("period_start") "id" FROM "billing_runs"
  WHERE "status" = 'running' ORDER BY "period_start", "created_at" DESC
);--> statement-breakpoint
CREATE UNIQUE INDEX "billing_runs_one_running_per_period" ON "billing_runs" USING btree ("period_start") WHERE "billing_runs"."status" = 'running';
