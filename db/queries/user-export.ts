/**
 * The user list's CSV export (its own module: db/seed.ts reads users.ts, and the export's keyset
 * helpers import the database module, which imports the seed).
 */
import { sql } from "drizzle-orm";
import type { UserListQuery } from "@/lib/auth/user-filters";
import { customers, users } from "../schema";
import { exportSource, istanbulText } from "./export-source";
import { newestFirst } from "./keyset";
import { userListWhere } from "./users";

const NEWEST_FIRST = newestFirst(users.createdAt, users.id);

export type UserExportRow = {
  name: string;
  email: string;
  role: "admin" | "customer";
  company_name: string | null;
  disabled: boolean;
  last_login_at: string;
  created_at: string;
};

/** The user list's filtered rows for the CSV export, in the list's order, with each one's company. */
export function userExport(params: { filters: UserListQuery }) {
  return exportSource<UserExportRow>({
    columns: sql`${users.name} as name, ${users.email} as email, ${users.role}::text as role,
      ${customers.companyName} as company_name, ${users.disabled} as disabled,
      ${istanbulText(users.lastLoginAt, { time: true })} as last_login_at,
      ${istanbulText(users.createdAt, { time: true })} as created_at`,
    from: sql`${users} left join ${customers} on ${customers.id} = ${users.customerId}`,
    where: userListWhere(params.filters),
    order: NEWEST_FIRST,
  });
}
