import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, ts, updatedAt } from "./_columns";
import { customers } from "./customers";
import { integrationPlatformEnum, integrationStatusEnum, onboardingStatusEnum } from "./enums";
import { quoteRequests } from "./quotes";

export const onboardingSessions = pgTable(
  "onboarding_sessions",
  {
    id: id(),
    /** SHA-256 of the resume token held in the cookie and the e-mailed link. */
    resumeTokenHash: text("resume_token_hash").notNull(),
    currentStep: integer("current_step").notNull().default(1),
    step1: jsonb("step1").$type<Record<string, unknown>>(),
    step2: jsonb("step2").$type<Record<string, unknown>>(),
    step3: jsonb("step3").$type<Record<string, unknown>>(),
    step4: jsonb("step4").$type<Record<string, unknown>>(),
    status: onboardingStatusEnum("status").notNull().default("in_progress"),
    quoteId: uuid("quote_id").references(() => quoteRequests.id, { onDelete: "set null" }),
    customerId: uuid("customer_id").references(() => customers.id, { onDelete: "set null" }),
    completedAt: ts("completed_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("onboarding_sessions_resume_token_hash_unique").on(t.resumeTokenHash),
    index("onboarding_sessions_status_updated_idx").on(t.status, t.updatedAt),
    index("onboarding_sessions_quote_id_idx").on(t.quoteId),
    index("onboarding_sessions_customer_id_idx").on(t.customerId),
    check("onboarding_sessions_step_check", sql`${t.currentStep} between 1 and 4`),
  ],
);

/** A shop's connection to its e-commerce platform; at most one per customer. */
export const integrations = pgTable(
  "integrations",
  {
    id: id(),
    customerId: uuid("customer_id").references(() => customers.id, { onDelete: "cascade" }),
    onboardingSessionId: uuid("onboarding_session_id").references(() => onboardingSessions.id, {
      onDelete: "set null",
    }),
    platform: integrationPlatformEnum("platform").notNull(),
    /** AES-256-GCM, see lib/crypto.ts. Never sent to a browser. */
    credentialsEncrypted: text("credentials_encrypted").notNull(),
    /** Masked form of each credential, safe to show. */
    credentialsMasked: jsonb("credentials_masked").$type<Record<string, string>>().notNull(),
    shopName: text("shop_name"),
    status: integrationStatusEnum("status").notNull().default("pending"),
    lastCheckedAt: ts("last_checked_at"),
    lastError: text("last_error"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("integrations_customer_id_unique").on(t.customerId),
    uniqueIndex("integrations_onboarding_session_id_unique").on(t.onboardingSessionId),
    index("integrations_status_idx").on(t.status),
    check("integrations_owner_check", sql`${t.customerId} is not null or ${t.onboardingSessionId} is not null`),
  ],
);

export type OnboardingSession = typeof onboardingSessions.$inferSelect;
export type Integration = typeof integrations.$inferSelect;
