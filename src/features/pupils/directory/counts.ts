/** How big a school is, for the school leader's overview and the platform administrator. */
import { and, count, eq, isNull, ne, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { groups, guardians, memberships, pupils } from "../../../db/schema/index.js";

export interface OrganisationCounts {
  groups: number;
  pupils: number;
  guardians: number;
  staff: number;
}

/**
 * Groups, pupils (not archived), guardians and staff of the organisation. An advisor from outside is
 * not staff: the staff page lists them apart, and the home page's count would not match its list.
 */
export async function organisationCounts(tx: Tx, orgId: string): Promise<OrganisationCounts> {
  const [g] = await tx.select({ n: count() }).from(groups).where(eq(groups.orgId, orgId));
  const [p] = await tx
    .select({ n: count() })
    .from(pupils)
    .where(and(eq(pupils.orgId, orgId), isNull(pupils.archivedAt)));
  const [gu] = await tx.select({ n: count() }).from(guardians).where(eq(guardians.orgId, orgId));
  const [s] = await tx
    .select({ n: sql<number>`count(distinct ${memberships.userId})::int` })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), ne(memberships.role, "advisor")));
  return { groups: g?.n ?? 0, pupils: p?.n ?? 0, guardians: gu?.n ?? 0, staff: Number(s?.n ?? 0) };
}
