ALTER TABLE "invoices" DROP CONSTRAINT "invoices_number_check";--> statement-breakpoint
DROP INDEX "invoices_invoice_number_unique";--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "tax_office" text;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "ettn" uuid;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "suspension_applied_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "seller" jsonb;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "buyer" jsonb;--> statement-breakpoint
CREATE INDEX "orders_customer_completed_idx" ON "orders" USING btree ("customer_id","completed_at","package_count") WHERE "orders"."status" = 'completed';--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_ettn_unique" ON "invoices" USING btree ("ettn") WHERE "invoices"."ettn" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_invoice_number_unique" ON "invoices" USING btree ("invoice_number") WHERE "invoices"."invoice_number" is not null;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_issued_check" CHECK ("invoices"."invoice_number" is null or ("invoices"."ettn" is not null and "invoices"."issued_at" is not null and "invoices"."due_at" is not null and "invoices"."seller" is not null and "invoices"."buyer" is not null));--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_number_check" CHECK ("invoices"."status" in ('draft', 'cancelled') or "invoices"."invoice_number" is not null);