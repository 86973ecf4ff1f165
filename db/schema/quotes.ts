import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, kurus, ts, updatedAt } from "./_columns";
import { customers, users } from "./customers";
import { quoteStatusEnum, volumeRangeEnum } from "./enums";

export const quoteRequests = pgTable(
  "quote_requests",
  {
    id: id(),
    /** Shown to the visitor: TKF-2026-000123. */
    referenceNumber: text("reference_number").notNull(),
    customerId: uuid("customer_id").references(() => customers.id, { onDelete: "set null" }),
    companyName: text("company_name").notNull(),
    contactName: text("contact_name").notNull(),
    email: text("email").notNull(),
    /** E.164, +90... */
    phone: text("phone").notNull(),
    monthlyVolume: volumeRangeEnum("monthly_volume").notNull(),
    productTypes: text("product_types").array().notNull(),
    specialRequirements: text("special_requirements"),
    hasFragileItems: boolean("has_fragile_items").notNull().default(false),
    needsCustomPackaging: boolean("needs_custom_packaging").notNull().default(false),
    preferredStartDate: date("preferred_start_date", { mode: "string" }),
    /** Fragile items or custom packaging: operations look before quoting. */
    needsReview: boolean("needs_review").notNull().default(false),
    status: quoteStatusEnum("status").notNull().default("pending"),
    calculatedUnitPrice: kurus("calculated_unit_price").notNull(),
    quotedUnitPrice: kurus("quoted_unit_price"),
    acceptedUnitPrice: kurus("accepted_unit_price"),
    validUntil: ts("valid_until"),
    publicTokenHash: text("public_token_hash"),
    offerNote: text("offer_note"),
    reviewNotes: text("review_notes"),
    rejectionReason: text("rejection_reason"),
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: ts("reviewed_at"),
    quotedAt: ts("quoted_at"),
    respondedAt: ts("responded_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("quote_requests_reference_unique").on(t.referenceNumber),
    uniqueIndex("quote_requests_public_token_hash_unique").on(t.publicTokenHash),
    index("quote_requests_customer_id_idx").on(t.customerId),
    index("quote_requests_reviewed_by_idx").on(t.reviewedBy),
    index("quote_requests_status_created_idx").on(t.status, t.createdAt),
    index("quote_requests_created_at_idx").on(t.createdAt),
    index("quote_requests_email_idx").on(sql`lower(${t.email})`),
    check(
      "quote_requests_prices_check",
      sql`${t.calculatedUnitPrice} >= 0 and (${t.quotedUnitPrice} is null or ${t.quotedUnitPrice} >= 0)`,
    ),
    check("quote_requests_product_types_check", sql`cardinality(${t.productTypes}) > 0`),
  ],
);

export type QuoteRequest = typeof quoteRequests.$inferSelect;
