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
 * The verdict on a code as typed. A malformed code is looked up too (as one that matches
 * nothing), so it takes the same statement and the same time as an unknown or revoked one.
 */
export async function verifyCode(db: Db, typed: string, now: Date = new Date()): Promise<Verdict> {
  const [found] = await byCode(db, { code: normaliseCode(typed) ?? "" });
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
