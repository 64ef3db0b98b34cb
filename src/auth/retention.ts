/**
 * Retention of sign-in data (and of submitted forms' claims): what has expired is deleted by a job every hour
 * (the README's table says what, how long and why). Deleting what is already
 * gone deletes nothing, so running it twice, or on two servers, is harmless.
 */
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "../db/client.js";
import type { SessionPolicy } from "./sessions.js";

/** Rate-limit counters are kept this long after their window opened: the longest window (invitations to one address) is an hour. */
export const RATE_LIMIT_KEEP_HOURS = 1;

/** A submitted form's claim is kept this long: far longer than any double click or resent post takes. */
export const FORM_SUBMISSION_KEEP_HOURS = 24;

export interface Purged {
  signInTokens: number;
  sessions: number;
  authChallenges: number;
  rateLimits: number;
  formSubmissions: number;
}

/**
 * Deletes expired sign-in links, ended sessions (idle or absolute), expired challenges, old
 * rate-limit rows and the claims of create forms submitted more than a day ago.
 */
export async function purgeExpiredAuthData(db: Db, policy: SessionPolicy): Promise<Purged> {
  const count = async (statement: ReturnType<typeof sql>) =>
    rowsOf<{ n: number }>(await db.execute(statement))[0]?.n ?? 0;
  const idle = policy.idleMinutes * 60;
  return {
    signInTokens: await count(sql`with d as (delete from sign_in_tokens where expires_at < now() returning 1)
      select count(*)::int as n from d`),
    authChallenges: await count(sql`with d as (delete from auth_challenges where expires_at < now() returning 1)
      select count(*)::int as n from d`),
    sessions: await count(sql`with d as (delete from sessions where expires_at < now()
        or last_seen_at < now() - make_interval(secs => ${idle}) returning 1)
      select count(*)::int as n from d`),
    rateLimits: await count(sql`with d as (delete from rate_limits
        where window_start < now() - make_interval(hours => ${RATE_LIMIT_KEEP_HOURS}) returning 1)
      select count(*)::int as n from d`),
    formSubmissions: await count(sql`with d as (delete from form_submissions
        where created_at < now() - make_interval(hours => ${FORM_SUBMISSION_KEEP_HOURS}) returning 1)
      select count(*)::int as n from d`),
  };
}
