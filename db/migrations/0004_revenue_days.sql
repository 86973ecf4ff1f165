-- revenue_days is kept by the database: every insert, update or delete of an invoice moves its
-- amounts out of the day it was paid on (if it was paid) and into the day it is paid on now (if it
-- is). Whoever writes invoices (billing, payments, an admin, a script) keeps it right without knowing.
CREATE FUNCTION revenue_days_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
    AND OLD.status IS NOT DISTINCT FROM NEW.status AND OLD.paid_at IS NOT DISTINCT FROM NEW.paid_at
    AND OLD.subtotal = NEW.subtotal AND OLD.total = NEW.total THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'paid' AND OLD.paid_at IS NOT NULL THEN
    INSERT INTO revenue_days AS days (day, invoices, net, gross)
    VALUES ((OLD.paid_at AT TIME ZONE 'Europe/Istanbul')::date, -1, -OLD.subtotal, -OLD.total)
    ON CONFLICT (day) DO UPDATE SET invoices = days.invoices + EXCLUDED.invoices,
      net = days.net + EXCLUDED.net, gross = days.gross + EXCLUDED.gross;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'paid' AND NEW.paid_at IS NOT NULL THEN
    INSERT INTO revenue_days AS days (day, invoices, net, gross)
    VALUES ((NEW.paid_at AT TIME ZONE 'Europe/Istanbul')::date, 1, NEW.subtotal, NEW.total)
    ON CONFLICT (day) DO UPDATE SET invoices = days.invoices + EXCLUDED.invoices,
      net = days.net + EXCLUDED.net, gross = days.gross + EXCLUDED.gross;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER invoices_revenue_days
  AFTER INSERT OR UPDATE OF status, paid_at, subtotal, total OR DELETE ON invoices
  FOR EACH ROW EXECUTE FUNCTION revenue_days_apply();
--> statement-breakpoint
-- The days of the invoices paid before this migration.
INSERT INTO revenue_days (day, invoices, net, gross)
SELECT (paid_at AT TIME ZONE 'Europe/Istanbul')::date, count(*), sum(subtotal), sum(total)
FROM invoices WHERE status = 'paid' AND paid_at IS NOT NULL
GROUP BY 1;
