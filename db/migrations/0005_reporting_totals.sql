-- The running totals of db/schema/reporting.ts, kept by the database: every insert, update or delete
-- of an invoice or an order moves its amounts out of the rows it counted in and into the rows it
-- counts in now. Rows of the same key are taken in one order (customer period, then day), so two
-- writers never wait for each other in a cycle.
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
CREATE FUNCTION order_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  counted integer;
BEGIN
  -- pending → processing → completed moves nothing: only cancelling, or a changed key or count, does.
  IF TG_OP = 'UPDATE'
    AND (OLD.status = 'cancelled') = (NEW.status = 'cancelled') AND OLD.package_count = NEW.package_count
    AND OLD.customer_id = NEW.customer_id AND OLD.billing_period_start = NEW.billing_period_start
    AND OLD.created_at = NEW.created_at THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    counted := CASE WHEN OLD.status = 'cancelled' THEN 0 ELSE OLD.package_count END;
    INSERT INTO customer_periods AS totals (customer_id, period_start, orders, packages)
    VALUES (OLD.customer_id, OLD.billing_period_start, -1, -counted)
    ON CONFLICT (period_start, customer_id) DO UPDATE
      SET orders = totals.orders + EXCLUDED.orders, packages = totals.packages + EXCLUDED.packages;
    INSERT INTO order_days AS days (day, orders, packages)
    VALUES ((OLD.created_at AT TIME ZONE 'Europe/Istanbul')::date, -1, -counted)
    ON CONFLICT (day) DO UPDATE SET orders = days.orders + EXCLUDED.orders, packages = days.packages + EXCLUDED.packages;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    counted := CASE WHEN NEW.status = 'cancelled' THEN 0 ELSE NEW.package_count END;
    INSERT INTO customer_periods AS totals (customer_id, period_start, orders, packages)
    VALUES (NEW.customer_id, NEW.billing_period_start, 1, counted)
    ON CONFLICT (period_start, customer_id) DO UPDATE
      SET orders = totals.orders + EXCLUDED.orders, packages = totals.packages + EXCLUDED.packages;
    INSERT INTO order_days AS days (day, orders, packages)
    VALUES ((NEW.created_at AT TIME ZONE 'Europe/Istanbul')::date, 1, counted)
    ON CONFLICT (day) DO UPDATE SET orders = days.orders + EXCLUDED.orders, packages = days.packages + EXCLUDED.packages;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER orders_totals
  AFTER INSERT OR UPDATE OF status, package_count, customer_id, billing_period_start, created_at OR DELETE ON orders
  FOR EACH ROW EXECUTE FUNCTION order_totals_apply();
--> statement-breakpoint
-- Recomputes every total from the source rows: for the rows written before this migration, and after
-- a bulk load made with the triggers off (the volume benchmark's seed).
CREATE FUNCTION rebuild_reporting() RETURNS void LANGUAGE sql AS $$
  DELETE FROM revenue_days;
  DELETE FROM order_days;
  DELETE FROM customer_periods;
  INSERT INTO revenue_days (day, invoices, net, gross)
  SELECT (paid_at AT TIME ZONE 'Europe/Istanbul')::date, count(*), sum(subtotal), sum(total)
  FROM invoices WHERE status = 'paid' AND paid_at IS NOT NULL GROUP BY 1;
  INSERT INTO order_days (day, orders, packages)
  SELECT (created_at AT TIME ZONE 'Europe/Istanbul')::date, count(*),
    coalesce(sum(package_count) FILTER (WHERE status <> 'cancelled'), 0)
  FROM orders GROUP BY 1;
  INSERT INTO customer_periods (customer_id, period_start, orders, packages)
  SELECT customer_id, billing_period_start, count(*), coalesce(sum(package_count) FILTER (WHERE status <> 'cancelled'), 0)
  FROM orders GROUP BY 1, 2;
$$;
--> statement-breakpoint
SELECT rebuild_reporting();
