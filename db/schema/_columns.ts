import { bigint, customType, integer, timestamp, uuid } from "drizzle-orm/pg-core";

export const id = () => uuid("id").primaryKey().defaultRandom();
export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
export const ts = (name: string) => timestamp(name, { withTimezone: true });
/** Unit prices: integer kuruş. */
export const kurus = (name: string) => integer(name);
/** Totals: integer kuruş that may grow past 2^31. */
export const kurusTotal = (name: string) => bigint(name, { mode: "number" });
/**
 * Text compared byte by byte (the "C" collation) whatever the server's locale: for keys built to sort
 * in an order of their own (lib/sort-key.ts), which a locale's rules would reorder.
 */
export const byteOrderedText = customType<{ data: string; driverData: string }>({
  dataType: () => 'text collate "C"',
});
