/**
 * The public side: what /certificaat/<code> says about a code, and the list of certified
 * organisations that chose to be on it. Both go through security-definer functions
 * (migration 0026) that return only the organisation's name and the dates, so the public
 * reads nothing else of a certificate, and never needs an organisation's row-level scope.
 */
import { sql } from "drizzle-orm";
import { preparedStatement, rowsOf, type Db } from "../../../db/client.js";
import { schoolToday } from "../../../lib/time/school-date.js";
import { normaliseCode } from "../domain/code.js";

export type Verdict =
  | { status: "valid" | "expired"; organisation: string; awardedOn: string; validUntil: string }
  | { status: "revoked"; organisation: string; awardedOn: string; validUntil: string; revokedOn: string }
  | { status: "unknown" };

type Found = { organisation: string; awarded_on: string; valid_until: string; revoked_on: string | null };

/** One statement per request, prepared once per connection: the page is public and must be cheap. */
const byCode = preparedStatement<Found>(
  "certificate_by_code",
  () => sql`select organisation, awarded_on::text, valid_until::text, revoked_on::text
    from certificate_by_code(${sql.placeholder("code")})`,
);

/**
 * What the look-up answered for a code, kept in this process for a short while (the bench asks
 * the page to answer at half the rate of a health check; a database round trip per request made
 * it a quarter). Both answers are kept, "no such code" as well as a certificate, so a code's
 * first look-up costs a round trip and a repeated one none whether it exists or not: the time
 * still tells nothing about which codes exist. The dates are kept, not the verdict, so "expired"
 * follows the clock exactly. A revocation forgets its code in the process that made it
 * (`forgetCode`); other processes keep the old answer for at most CACHE_MS. Bounded: the oldest
 * entries go first once MAX_CACHED codes are kept (a flood of made-up codes is rate-limited anyway).
 */
export const CACHE_MS = 30_000;
const MAX_CACHED = 10_000;
const recent = new Map<string, { found: Found | null; until: number }>();

async function lookUp(db: Db, code: string): Promise<Found | null> {
  const clock = Date.now();
  const kept = recent.get(code);
  if (kept && kept.until > clock) return kept.found;
  const [found] = await byCode(db, { code });
  recent.delete(code);
  if (recent.size >= MAX_CACHED) recent.delete(recent.keys().next().value!);
  recent.set(code, { found: found ?? null, until: clock + CACHE_MS });
  return found ?? null;
}

/** After a revocation has committed: this process answers from the database again. */
export function forgetCode(code: string): void {
  recent.delete(normaliseCode(code) ?? code);
}

/**
 * The verdict on a code as typed. A malformed code is looked up too (as one that matches
 * nothing), so it takes the same path and the same time as an unknown or revoked one.
 */
export async function verifyCode(db: Db, typed: string, now: Date = new Date()): Promise<Verdict> {
  const found = await lookUp(db, normaliseCode(typed) ?? "");
  if (!found) return { status: "unknown" };
  const dates = { organisation: found.organisation, awardedOn: found.awarded_on, validUntil: found.valid_until };
  if (found.revoked_on) return { status: "revoked", ...dates, revokedOn: found.revoked_on };
  return { status: schoolToday(now) > found.valid_until ? "expired" : "valid", ...dates };
}

export interface Listed {
  organisation: string;
  awardedOn: string;
  validUntil: string;
}

/** The organisations that chose to be listed, with a certificate valid today. */
export async function listedCertificates(db: Db, now: Date = new Date()): Promise<Listed[]> {
  const today = schoolToday(now);
  const rows = await db.execute(
    sql`select organisation, awarded_on::text as "awardedOn", valid_until::text as "validUntil" from listed_certificates()`,
  );
  return rowsOf<Listed>(rows).filter((row) => row.validUntil >= today);
}
