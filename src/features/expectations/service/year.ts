/**
 * The school year a request names, the document of it (locked when a command changes it), and a
 * parent's confirmation of it.
 */
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { expectationConfirmations, expectations } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { schoolYearsOf, type SchoolYearRow } from "../../pupils/index.js";

/** The organisation's school year with this id, or 404. */
export async function requireYear(tx: Tx, orgId: string, yearId: string): Promise<SchoolYearRow> {
  const year = (await schoolYearsOf(tx, orgId)).find((y) => y.id === yearId);
  if (!year) throw new NotFoundError("school year");
  return year;
}

export type DocumentRow = typeof expectations.$inferSelect;

/** The year's document row, if one was written; `update` locks it for a command. */
export async function documentOf(tx: Tx, orgId: string, yearId: string, lock = false): Promise<DocumentRow | null> {
  const query = tx
    .select()
    .from(expectations)
    .where(ofOrg(expectations, orgId, { schoolYearId: yearId }));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** Which version of the year's expectations this parent confirmed last, and when; null if none. */
export async function confirmationOf(
  tx: Tx,
  orgId: string,
  yearId: string,
  userId: string,
): Promise<{ version: number; at: Date } | null> {
  const [row] = await tx
    .select({ version: expectationConfirmations.version, at: expectationConfirmations.confirmedAt })
    .from(expectationConfirmations)
    .where(ofOrg(expectationConfirmations, orgId, { schoolYearId: yearId, userId }));
  return row ?? null;
}
