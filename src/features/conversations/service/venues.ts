/**
 * Where a child's conversation takes place, for the calendar invitation and the mail's sign-off:
 * the school, and the address of the location of the child's group when the school gave one.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { groups, locations, organisations, pupils } from "../../../db/schema/index.js";

export interface Venue {
  /** The school's name: the invitation's organiser and the mail's sign-off. */
  school: string;
  /** The invitation's LOCATION: "Basisschool De Regenboog, Schoolstraat 1, Utrecht". */
  location: string;
}

/** The school's name, which signs its mails. */
export async function schoolNameOf(tx: Tx, orgId: string): Promise<string> {
  const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId));
  return org?.name ?? "";
}

/** The venue of each of these children, by pupil id. */
export async function venuesOf(tx: Tx, orgId: string, pupilIds: readonly string[]): Promise<Map<string, Venue>> {
  const school = await schoolNameOf(tx, orgId);
  if (pupilIds.length === 0) return new Map();
  const rows = await tx
    .select({ pupilId: pupils.id, address: locations.address })
    .from(pupils)
    .leftJoin(groups, and(eq(groups.orgId, pupils.orgId), eq(groups.id, pupils.groupId)))
    .leftJoin(locations, and(eq(locations.orgId, groups.orgId), eq(locations.id, groups.locationId)))
    .where(and(eq(pupils.orgId, orgId), inArray(pupils.id, [...pupilIds])));
  return new Map(rows.map((r) => [r.pupilId, { school, location: r.address ? `${school}, ${r.address}` : school }]));
}
