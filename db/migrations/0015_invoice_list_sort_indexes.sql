-- The invoice list's sorts read an index each, forwards or backwards (db/queries/invoice-list.ts
-- invoiceOrder: the sorted column, then the id; a draft's null number or due time after every value):
-- on 1,200,000 invoices a page by number, amount or due time read and sorted the whole table, and one
-- by period every invoice of the period. The period's index becomes the first of them, which serves
-- every read of a period as before.
CREATE INDEX "invoices_period_number_idx" ON "invoices" USING btree ("period_start","invoice_number","id");--> statement-breakpoint
CREATE INDEX "invoices_number_idx" ON "invoices" USING btree ("invoice_number","id");--> statement-breakpoint
CREATE INDEX "invoices_total_idx" ON "invoices" USING btree ("total","id");--> statement-breakpoint
CREATE INDEX "invoices_due_idx" ON "invoices" USING btree ("due_at","id");--> statement-breakpoint
DROP INDEX "invoices_period_start_idx";
