/**
 * The second factor: passkeys (WebAuthn credentials) and the short-lived
 * challenges of a sign-in or set-up in progress. Both belong to a person, not
 * to an organisation, so they carry no org_id and no row-level security.
 */
import { bigint, index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { sessionHash } from "./accounts.js";
import { at, createdAt, globalTable, owner } from "./columns.js";

export const passkeys = globalTable(
  "passkeys",
  {
    userId: owner("user_id"),
    /** base64url, as the browser reports it. */
    credentialId: text("credential_id").notNull().unique(),
    /** COSE public key, base64url. */
    publicKey: text("public_key").notNull(),
    /** Signature counter; 32 bits unsigned, so it does not fit a PostgreSQL integer. */
    counter: bigint("counter", { mode: "number" }).notNull().default(0),
    /** Comma-separated transports ("internal,hybrid"), a hint for the browser. */
    transports: text("transports").notNull().default(""),
    name: text("name").notNull(),
    createdAt: createdAt(),
    lastUsedAt: at("last_used_at"),
  },
  (t) => [index("passkeys_user_idx").on(t.userId)],
);

/**
 * One pending challenge per session and purpose: a WebAuthn challenge, or an
 * authenticator-app secret shown but not yet confirmed. Ends with the session.
 */
export const authChallenges = pgTable(
  "auth_challenges",
  {
    sessionHash: sessionHash(),
    purpose: text("purpose").notNull(),
    value: text("value").notNull(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionHash, t.purpose] })],
);

/**
 * Recovery codes (features/two-factor/recovery-codes.ts): a keyed hash per code,
 * used once. Like passkeys they belong to a person, not an organisation.
 */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    userId: owner("user_id"),
    codeHash: text("code_hash").notNull(),
    usedAt: at("used_at"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);
