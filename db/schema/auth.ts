import { index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, ts } from "./_columns";
import { users } from "./customers";

export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** SHA-256 of the token; the token itself is only in the e-mail. */
    tokenHash: text("token_hash").notNull(),
    expiresAt: ts("expires_at").notNull(),
    usedAt: ts("used_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("password_reset_tokens_token_hash_unique").on(t.tokenHash),
    index("password_reset_tokens_user_id_idx").on(t.userId),
  ],
);

/**
 * One row per sign-in: its id travels in the session token, so each browser's session can be ended on
 * its own (sign-out, the list on the account page) and a copy of the cookie dies with it.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    /** Written at most every few minutes (lib/auth/user-sessions.ts), not on every request. */
    lastSeenAt: ts("last_seen_at").notNull().defaultNow(),
    /** Where the sign-in came from. */
    ip: text("ip"),
    userAgent: text("user_agent"),
    revokedAt: ts("revoked_at"),
  },
  (t) => [index("user_sessions_user_id_idx").on(t.userId, t.lastSeenAt)],
);

/**
 * One row per counted attempt (failed sign-in, reset request, quote submission...). Limits count the
 * rows of a bucket and key inside a window, so they hold across app instances.
 */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    id: id(),
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("rate_limit_hits_bucket_key_created_idx").on(t.bucket, t.key, t.createdAt),
    index("rate_limit_hits_created_at_idx").on(t.createdAt),
  ],
);
