-- The customer list sorts in Turkish alphabetical order (lib/sort-key.ts): sort_name becomes a key of
-- Private Use Area letters in the alphabet's order, compared byte by byte (collation "C") whatever the
-- server's locale. PostgreSQL 15 cannot change a generated column's expression, so the column and the
-- three keyset indexes over it are made again (dropping the column drops them).
ALTER TABLE "customers" DROP COLUMN "sort_name";--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "sort_name" text collate "C" GENERATED ALWAYS AS (translate(company_name, U&'abc\00E7defg\011Fh\0131ijklmno\00F6pqrs\015Ftu\00FCvwxyzABC\00C7DEFG\011EHJKLMNO\00D6PQRS\015ETU\00DCVWXYZI\0130\00E2\00E1\00E0\00E4\00C2\00C1\00C0\00C4\00E9\00E8\00EA\00EB\00C9\00C8\00CA\00CB\00EE\00ED\00EC\00EF\00CE\00CD\00CC\00CF\00F3\00F2\00F4\00D3\00D2\00D4\00FB\00FA\00F9\00DB\00DA\00D9\00F1\00D1\0300\0301\0302\0306\0307\0308\0327', U&'\E000\E001\E002\E003\E004\E005\E006\E007\E008\E009\E00A\E00B\E00C\E00D\E00E\E00F\E010\E011\E012\E013\E014\E015\E016\E017\E018\E019\E01A\E01B\E01C\E01D\E01E\E01F\E000\E001\E002\E003\E004\E005\E006\E007\E008\E009\E00C\E00D\E00E\E00F\E010\E011\E012\E013\E014\E015\E016\E017\E018\E019\E01A\E01B\E01C\E01D\E01E\E01F\E00A\E00B\E000\E000\E000\E000\E000\E000\E000\E000\E005\E005\E005\E005\E005\E005\E005\E005\E00B\E00B\E00B\E00B\E00B\E00B\E00B\E00B\E011\E011\E011\E011\E011\E011\E019\E019\E019\E019\E019\E019\E010\E010')) STORED;--> statement-breakpoint
CREATE INDEX "customers_status_sort_idx" ON "customers" USING btree ("status","sort_name","id");--> statement-breakpoint
CREATE INDEX "customers_service_sort_idx" ON "customers" USING btree ("service_type","sort_name","id");--> statement-breakpoint
CREATE INDEX "customers_sort_name_idx" ON "customers" USING btree ("sort_name","id");
