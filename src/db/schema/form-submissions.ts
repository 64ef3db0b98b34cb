/**
 * Create forms already submitted (a double click, a resent post): one row per form token within
 * a session, claimed in the transaction of the create, with where the created thing lives, so a
 * second post of the same form is answered with the first one's redirect instead of creating again.
 * Global like sessions (a platform administrator's form has no organisation) and gone with its
 * session; the hourly retention job removes rows older than a day (README).
 */
import { index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { sessionHash } from "./accounts.js";
import { createdAt } from "./columns.js";

export const formSubmissions = pgTable(
  "form_submissions",
  {
    sessionHash: sessionHash(),
    /** sha256 of the organisation and the form's token: the token is bound to both, and not kept as sent. */
    tokenHash: text("token_hash").notNull(),
    /** The path the create redirected to; null only inside the create's own transaction (unless known before). */
    location: text("location"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.sessionHash, t.tokenHash] }), index("form_submissions_created_idx").on(t.createdAt)],
);
