-- When an e-mail was last queued (its day to be sent counts from it, and `Yeniden gönder` starts it
-- again) and when the requeue job may hand it over again (after the queue ahead of it could have
-- drained). Both columns are added with a constant default (no table rewrite), and only the rows still
-- queued are updated: they count from their creation, as the give-up job did before, and are not due
-- for a second hand-over before the queue they wait in could have drained at one a second.
ALTER TABLE "emails" ADD COLUMN "queued_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "requeue_after" timestamp with time zone DEFAULT now() + interval '5 minutes' NOT NULL;--> statement-breakpoint
UPDATE "emails" SET "queued_at" = "created_at",
  "requeue_after" = now() + interval '5 minutes' + (SELECT count(*) FROM "emails" WHERE "status" = 'queued') * interval '1 second'
  WHERE "status" = 'queued';
