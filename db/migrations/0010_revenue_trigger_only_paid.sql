-- revenue_days counts paid invoices only, so its trigger now fires only for a row that is or was
-- paid: issuing invoices (a billing run inserts and updates thousands) no longer calls it per row.
-- Same function, same effect: for any other row it returned without doing anything.
DROP TRIGGER invoices_revenue_days ON invoices;
--> statement-breakpoint
CREATE TRIGGER invoices_revenue_days_insert
  AFTER INSERT ON invoices
  FOR EACH ROW WHEN (NEW.status = 'paid')
  EXECUTE FUNCTION revenue_days_apply();
--> statement-breakpoint
CREATE TRIGGER invoices_revenue_days_update
  AFTER UPDATE OF status, paid_at, subtotal, total ON invoices
  FOR EACH ROW WHEN (OLD.status = 'paid' OR NEW.status = 'paid')
  EXECUTE FUNCTION revenue_days_apply();
--> statement-breakpoint
CREATE TRIGGER invoices_revenue_days_delete
  AFTER DELETE ON invoices
  FOR EACH ROW WHEN (OLD.status = 'paid')
  EXECUTE FUNCTION revenue_days_apply();
