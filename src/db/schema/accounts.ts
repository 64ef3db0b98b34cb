/**
 * Accounts: people who can sign in, their sessions and sign-in links.
 * These tables are global (a person can belong to several organisations), so
 * they carry no org_id; the app only reads them by id, e-mail or token hash.
 */
import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    locale: text("locale"),
    passwordHash: text("password_hash"),
    totpSecret: text("totp_secret"),
    /** The last authenticator-app time step accepted, so a code cannot be used twice. */
    totpLastStep: integer("totp_last_step"),
    isPlatformAdmin: boolean("is_platform_admin").notNull().default(false),
    /** A platform editor runs the public side (campaign, panel, advice); not an organisation's role. */
    isPlatformEditor: boolean("is_platform_editor").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * When the account first signed in; null while it never did. An account an invitation made that
     * was never used goes when its last invitation ends (delete_orphan_account, migration 0059), or when
     * declined on the visit it first signed in for (delete_declined_account, 0067).
     */
    signedInAt: timestamp("signed_in_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

export const sessions = pgTable(
  "sessions",
  {
    /** sha256 of the cookie value; the cookie itself is never stored. */
    idHash: text("id_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    currentOrgId: uuid("current_org_id"),
    /** Set once the second factor is done (or not needed). */
    fullyAuthenticated: boolean("fully_authenticated").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** The session a row belongs to (a form already sent, a challenge in progress); it goes with the session. */
export const sessionHash = () =>
  text("session_hash")
    .notNull()
    .references(() => sessions.idHash, { onDelete: "cascade" });

export const signInTokens = pgTable("sign_in_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Fixed-window counters for rate limits, kept in the database so every process shares them. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
});
