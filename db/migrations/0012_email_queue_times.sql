-- When an e-mail was last queued (its day to be sent counts from it, and `Yeniden gönder` starts it
-- again) and when the requeue job may hand it over again (after the backlog ahead of it). Rows already
-- written count from their creation, as the jobs did before.
ALTER TABLE "emails" ADD COLUMN "queued_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "requeue_after" timestamp with time zone DEFAULT now() + interval '5 minutes' NOT NULL;--> statement-breakpoint
UPDATE "emails" SET "queued_at" = "created_at", "requeue_after" = "created_at" + interval '5 minutes';--> statement-breakpoint
CREATE INDEX "emails_queued_requeue_idx" ON "emails" USING btree ("requeue_after") WHERE "emails"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "emails_queued_at_idx" ON "emails" USING btree ("queued_at") WHERE "emails"."status" = 'queued';
