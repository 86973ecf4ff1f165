import { sql, type SQL } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { FOLD_FROM, FOLD_TO, unicodeSqlLiteral } from "../../lib/text-fold";
import { sortKeySql } from "../../lib/sort-key";
import { byteOrderedText, createdAt, id, kurus, ts, updatedAt } from "./_columns";
import { customerStatusEnum, serviceTypeEnum, suspensionReasonEnum, userRoleEnum, volumeRangeEnum } from "./enums";

/** The database side of lib/text-fold.ts. */
const fold = (expression: SQL) =>
  sql`translate(${expression}, ${sql.raw(unicodeSqlLiteral(FOLD_FROM))}, ${sql.raw(unicodeSqlLiteral(FOLD_TO))})`;

export const customers = pgTable(
  "customers",
  {
    id: id(),
    companyName: text("company_name").notNull(),
    taxId: text("tax_id").notNull(),
    /** Vergi dairesi: printed on invoices. Null for customers who joined before it was asked. */
    taxOffice: text("tax_office"),
    contactName: text("contact_name").notNull(),
    email: text("email").notNull(),
    phone: text("phone").notNull(),
    address: text("address"),
    city: text("city"),
    country: text("country").notNull().default("TR"),
    status: customerStatusEnum("status").notNull().default("active"),
    suspensionReason: suspensionReasonEnum("suspension_reason"),
    suspendedAt: ts("suspended_at"),
    /** Why operations suspended the account (`Gerekçe`); only with the reason `admin`. */
    suspensionNote: text("suspension_note"),
    serviceType: serviceTypeEnum("service_type").notNull().default("standard"),
    productCategories: text("product_categories")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    specialRequirements: text("special_requirements"),
    /** For `custom` service, or the price accepted in a quote. */
    contractUnitPrice: kurus("contract_unit_price"),
    /** The volume range declared at quote or onboarding; billing uses the real count. */
    declaredVolume: volumeRangeEnum("declared_volume"),
    agreementVersion: text("agreement_version"),
    agreementAcceptedAt: ts("agreement_accepted_at"),
    kvkkVersion: text("kvkk_version"),
    kvkkAcceptedAt: ts("kvkk_accepted_at"),
    /** KVKK: when a user of the customer asked for the account's deletion (`Hesabımın silinmesini iste`), and who. */
    deletionRequestedAt: ts("deletion_requested_at"),
    deletionRequestedBy: uuid("deletion_requested_by").references((): AnyPgColumn => users.id, {
      onDelete: "set null",
    }),
    erasedAt: ts("erased_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /**
     * Kept by the database: company, contact, e-mail and tax number folded (lib/text-fold.ts), what the
     * admin search matches with a trigram index, whatever the case and the Turkish letters typed.
     */
    searchText: text("search_text").generatedAlwaysAs(
      fold(sql.raw(`company_name || ' ' || contact_name || ' ' || email || ' ' || tax_id`)),
    ),
    /** The company name as a Turkish alphabetical key (lib/sort-key.ts): the list's order, Ç after C, ı before i. */
    sortName: byteOrderedText("sort_name").generatedAlwaysAs(sql.raw(sortKeySql("company_name"))),
  },
  (t) => [
    uniqueIndex("customers_tax_id_unique").on(t.taxId),
    // Customers by status, counted from the index alone (the dashboard).
    index("customers_status_idx").on(t.status),
    // The admin list's keyset orders (name or sign-up date, then id), alone or after a filter.
    index("customers_status_sort_idx").on(t.status, t.sortName, t.id),
    index("customers_service_sort_idx").on(t.serviceType, t.sortName, t.id),
    index("customers_sort_name_idx").on(t.sortName, t.id),
    index("customers_created_at_idx").on(t.createdAt, t.id),
    index("customers_search_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")),
    check("customers_suspension_reason_check", sql`(${t.status} = 'suspended') = (${t.suspensionReason} is not null)`),
    check("customers_contract_price_check", sql`${t.contractUnitPrice} is null or ${t.contractUnitPrice} >= 0`),
  ],
);

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: userRoleEnum("role").notNull(),
    customerId: uuid("customer_id").references(() => customers.id, { onDelete: "restrict" }),
    /** Raised to end every session of this user at its next request. */
    sessionVersion: integer("session_version").notNull().default(1),
    lastLoginAt: ts("last_login_at"),
    disabled: boolean("disabled").notNull().default(false),
    disabledAt: ts("disabled_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_lower_unique").on(sql`lower(${t.email})`),
    index("users_customer_id_idx").on(t.customerId),
    index("users_role_idx").on(t.role),
    check("users_customer_role_check", sql`(${t.role} = 'customer') = (${t.customerId} is not null)`),
  ],
);

export const userInvitations = pgTable(
  "user_invitations",
  {
    id: id(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: ts("expires_at").notNull(),
    acceptedAt: ts("accepted_at"),
    revokedAt: ts("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("user_invitations_token_hash_unique").on(t.tokenHash),
    // One waiting invitation per company and address: a second invite is refused (resend instead).
    // An expired one still counts until it is revoked; inviting again revokes it first.
    uniqueIndex("user_invitations_pending_unique")
      .on(t.customerId, sql`lower(${t.email})`)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
    index("user_invitations_customer_id_idx").on(t.customerId),
    index("user_invitations_invited_by_idx").on(t.invitedBy),
  ],
);

export type Customer = typeof customers.$inferSelect;
export type User = typeof users.$inferSelect;
