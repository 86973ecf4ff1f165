import { bigint, integer, timestamp, uuid } from "drizzle-orm/pg-core";

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
