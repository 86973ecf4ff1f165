-- One by-hand billing run of a period at a time (lib/billing/run.ts): the run records when it last
-- moved on, and a partial unique index allows one `running` run per period. Runs of a period left
-- `running` side by side before the index (only the newest can still be alive) are recorded as stopped
-- first; the table is locked against new runs meanwhile.
LOCK TABLE "billing_runs" IN SHARE ROW EXCLUSIVE MODE;--> statement-breakpoint
ALTER TABLE "billing_runs" ADD COLUMN "progress_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
UPDATE "billing_runs" SET "status" = 'failed', "finished_at" = now(),
  "error" = 'Faturalandırma yarıda kaldı: işlem durdu, sonucu kaydedilmedi.'
WHERE "status" = 'running' AND "id" NOT IN (
  SELECT DISTINCT ON ("period_start") "id" FROM "billing_runs"
  WHERE "status" = 'running' ORDER BY "period_start", "created_at" DESC
);--> statement-breakpoint
CREATE UNIQUE INDEX "billing_runs_one_running_per_period" ON "billing_runs" USING btree ("period_start") WHERE "billing_runs"."status" = 'running';
