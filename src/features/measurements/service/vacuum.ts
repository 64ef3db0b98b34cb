/**
 * After closing, the sealed-ballot design has deleted the ballots and drafts
 * and overwritten the ballot key and the sealed links; until PostgreSQL
 * vacuums, those old row versions stay in the table files. This job runs
 * VACUUM on exactly those tables, as the owner (samen_app may not vacuum) and
 * outside any transaction (VACUUM cannot run inside one). It holds no lock
 * that blocks reading or writing, and running it again is harmless.
 * See docs/measurement-anonymity.md.
 */
import type { Database, Db } from "../../../db/client.js";
import { clearSealedTokens } from "./close.js";
import type { MeasurementJob } from "./job-names.js";

/** The tables whose deleted or updated rows could still link a person to answers. */
export const SEALED_TABLES = [
  "measurement_ballots",
  "measurement_drafts",
  "measurement_invitations",
  "measurements",
  // After deleting a measurement, its answers too.
  "measurement_responses",
] as const;

export async function vacuumSealedTables(owner: Pick<Database, "ownerExec">): Promise<void> {
  // One statement per call: several in one query string would run as one transaction block.
  for (const table of SEALED_TABLES) await owner.ownerExec(`VACUUM ${table}`);
}

/**
 * The job queued by closing (or deleting): it clears the sealed links first, because it may run
 * before the closing request has cleared them, or after a crash stopped it from doing so; the old
 * row versions it leaves are then dead when VACUUM runs. Both steps can be repeated.
 */
export async function vacuumAfterSealing(db: Db, owner: Pick<Database, "ownerExec">, job: MeasurementJob) {
  await clearSealedTokens({ db, orgId: job.orgId, userId: null }, job.measurementId);
  await vacuumSealedTables(owner);
}
