/**
 * What other features ask: are the expectations of a school year published (certification),
 * and does a parent still have to confirm this year's (the home page). Each runs in the caller's
 * transaction or its own.
 */
import { isNotNull } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { expectations } from "../../../db/schema/index.js";
import { currentSchoolYear } from "../../pupils/index.js";
import { confirmationOf, documentOf } from "./year.js";

/** True when a version of the year's expectations is published. */
export async function expectationsPublished(tx: Tx, orgId: string, schoolYearId: string): Promise<boolean> {
  const rows = await tx
    .select({ version: expectations.publishedVersion })
    .from(expectations)
    .where(ofOrg(expectations, orgId, { schoolYearId }, isNotNull(expectations.publishedVersion)));
  return rows.length > 0;
}

/** True when the current school year (the latest not archived) has its expectations published. */
export async function expectationsPublishedThisYear(tx: Tx, orgId: string): Promise<boolean> {
  const year = await currentSchoolYear(tx, orgId);
  return year ? expectationsPublished(tx, orgId, year.id) : false;
}

/** The current school year (the latest not archived), the one /expectations opens. */
export function currentYear(scope: ViewerScope): Promise<{ id: string; name: string } | null> {
  return inOrg(scope, (tx) => currentSchoolYear(tx, scope.orgId));
}

/** The current year, when its published version waits for this parent's confirmation. */
export function yearToConfirm(scope: ViewerScope): Promise<{ id: string; name: string } | null> {
  return inOrg(scope, async (tx) => {
    const year = await currentSchoolYear(tx, scope.orgId);
    const version = year ? (await documentOf(tx, scope.orgId, year.id))?.publishedVersion : null;
    if (!year || !version) return null;
    const confirmed = await confirmationOf(tx, scope.orgId, year.id, scope.userId);
    return confirmed?.version === version ? null : year;
  });
}
