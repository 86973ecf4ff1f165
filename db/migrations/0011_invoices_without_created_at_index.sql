-- No read uses it (lists sort by period, number, due date or company); every invoice write paid for it.
DROP INDEX "invoices_created_at_idx";