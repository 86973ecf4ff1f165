-- Invitations sent twice before this rule: keep the newest waiting one per company and address, revoke the rest.
UPDATE "user_invitations" AS older SET "revoked_at" = now()
WHERE older."accepted_at" IS NULL AND older."revoked_at" IS NULL AND EXISTS (
  SELECT 1 FROM "user_invitations" AS newer
  WHERE newer."customer_id" = older."customer_id" AND lower(newer."email") = lower(older."email")
    AND newer."accepted_at" IS NULL AND newer."revoked_at" IS NULL
    AND (newer."created_at", newer."id") > (older."created_at", older."id")
);--> statement-breakpoint
CREATE UNIQUE INDEX "user_invitations_pending_unique" ON "user_invitations" USING btree ("customer_id",lower("email")) WHERE "user_invitations"."accepted_at" is null and "user_invitations"."revoked_at" is null;
