CREATE TABLE "customer_periods" (
	"customer_id" uuid NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"orders" integer DEFAULT 0 NOT NULL,
	"packages" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "customer_periods_pkey" PRIMARY KEY("period_start","customer_id")
);
--> statement-breakpoint
CREATE TABLE "order_days" (
	"day" date PRIMARY KEY NOT NULL,
	"orders" integer DEFAULT 0 NOT NULL,
	"packages" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revenue_days" (
	"day" date PRIMARY KEY NOT NULL,
	"invoices" integer DEFAULT 0 NOT NULL,
	"net" bigint DEFAULT 0 NOT NULL,
	"gross" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
DROP INDEX "customers_company_name_idx";--> statement-breakpoint
DROP INDEX "orders_status_idx";--> statement-breakpoint
DROP INDEX "emails_recipient_idx";--> statement-breakpoint
DROP INDEX "emails_template_idx";--> statement-breakpoint
DROP INDEX "customers_created_at_idx";--> statement-breakpoint
DROP INDEX "orders_customer_created_idx";--> statement-breakpoint
DROP INDEX "orders_created_at_idx";--> statement-breakpoint
DROP INDEX "audit_logs_entity_idx";--> statement-breakpoint
DROP INDEX "audit_logs_actor_user_id_idx";--> statement-breakpoint
DROP INDEX "audit_logs_action_idx";--> statement-breakpoint
DROP INDEX "audit_logs_created_at_idx";--> statement-breakpoint
DROP INDEX "emails_status_created_idx";--> statement-breakpoint
DROP INDEX "emails_created_at_idx";--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "suspension_note" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "search_text" text GENERATED ALWAYS AS (translate(company_name || ' ' || contact_name || ' ' || email || ' ' || tax_id, U&'ABCDEFGHIJKLMNOPQRSTUVWXYZ\00C7\011E\0130\00D6\015E\00DC\00E7\011F\0131\00F6\015F\00FC\00C2\00CE\00DB\00E2\00EE\00FB\00C1\00C0\00C4\00C9\00C8\00CA\00CB\00CD\00CC\00CF\00D3\00D2\00D4\00DA\00D9\00D1\00E1\00E0\00E4\00E9\00E8\00EA\00EB\00ED\00EC\00EF\00F3\00F2\00F4\00FA\00F9\00F1\0300\0301\0302\0306\0307\0308\0327', U&'abcdefghijklmnopqrstuvwxyzcgiosucgiosuaiuaiuaaaeeeeiiiooouunaaaeeeeiiiooouun')) STORED;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "sort_name" text GENERATED ALWAYS AS (translate(company_name, U&'ABCDEFGHIJKLMNOPQRSTUVWXYZ\00C7\011E\0130\00D6\015E\00DC\00E7\011F\0131\00F6\015F\00FC\00C2\00CE\00DB\00E2\00EE\00FB\00C1\00C0\00C4\00C9\00C8\00CA\00CB\00CD\00CC\00CF\00D3\00D2\00D4\00DA\00D9\00D1\00E1\00E0\00E4\00E9\00E8\00EA\00EB\00ED\00EC\00EF\00F3\00F2\00F4\00FA\00F9\00F1\0300\0301\0302\0306\0307\0308\0327', U&'abcdefghijklmnopqrstuvwxyzcgiosucgiosuaiuaiuaaaeeeeiiiooouunaaaeeeeiiiooouun')) STORED;--> statement-breakpoint
ALTER TABLE "customer_periods" ADD CONSTRAINT "customer_periods_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_periods_packages_idx" ON "customer_periods" USING btree ("period_start","packages","customer_id");--> statement-breakpoint
CREATE INDEX "customers_status_sort_idx" ON "customers" USING btree ("status","sort_name","id");--> statement-breakpoint
CREATE INDEX "customers_service_sort_idx" ON "customers" USING btree ("service_type","sort_name","id");--> statement-breakpoint
CREATE INDEX "customers_sort_name_idx" ON "customers" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "customers_search_trgm_idx" ON "customers" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "orders_status_created_idx" ON "orders" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "invoices_unpaid_idx" ON "invoices" USING btree ("status","total") WHERE "invoices"."status" in ('sent', 'overdue');--> statement-breakpoint
CREATE INDEX "audit_logs_entity_type_idx" ON "audit_logs" USING btree ("entity_type","created_at","id");--> statement-breakpoint
CREATE INDEX "emails_template_created_idx" ON "emails" USING btree ("template","created_at","id");--> statement-breakpoint
CREATE INDEX "emails_recipient_trgm_idx" ON "emails" USING gin (lower("recipient") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "customers_created_at_idx" ON "customers" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "orders_customer_created_idx" ON "orders" USING btree ("customer_id","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_created_at_idx" ON "orders" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "audit_logs_entity_idx" ON "audit_logs" USING btree ("entity_type","entity_id","created_at","id");--> statement-breakpoint
CREATE INDEX "audit_logs_actor_user_id_idx" ON "audit_logs" USING btree ("actor_user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "audit_logs_action_idx" ON "audit_logs" USING btree ("action","created_at","id");--> statement-breakpoint
CREATE INDEX "audit_logs_created_at_idx" ON "audit_logs" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "emails_status_created_idx" ON "emails" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "emails_created_at_idx" ON "emails" USING btree ("created_at","id");