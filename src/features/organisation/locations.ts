/** The locations (buildings, sites) of an organisation. */
import { and, asc, eq } from "drizzle-orm";
import { inOrg, type OrgScope } from "../../db/org-scope.js";
import { locations } from "../../db/schema/index.js";
import { hasGroupsAt } from "../pupils/index.js";
import { NotFoundError } from "../../web/errors.js";
import { checkInput, InputError } from "../../web/input-error.js";
import { locationInput } from "./schemas.js";

export type Location = typeof locations.$inferSelect;

const byId = (orgId: string, locationId: string) => and(eq(locations.orgId, orgId), eq(locations.id, locationId));

export function listLocations(scope: OrgScope): Promise<Location[]> {
  return inOrg(scope, (tx) =>
    tx.select().from(locations).where(eq(locations.orgId, scope.orgId)).orderBy(asc(locations.name)),
  );
}

export async function getLocation(options: OrgScope & { locationId: string }): Promise<Location> {
  const { orgId, locationId } = options;
  const [row] = await inOrg(options, (tx) => tx.select().from(locations).where(byId(orgId, locationId)));
  if (!row) throw new NotFoundError("location");
  return row;
}

/** Adds a location with a name and (optionally) an address. */
export async function addLocation(options: OrgScope & { name: string; address?: string }): Promise<Location> {
  const { orgId } = options;
  const data = checkInput(locationInput, options);
  const [row] = await inOrg(options, (tx) =>
    tx
      .insert(locations)
      .values({ orgId, name: data.name, address: data.address || null })
      .returning(),
  );
  if (!row) throw new Error("location not created");
  return row;
}

export async function updateLocation(
  options: OrgScope & { locationId: string; name: string; address?: string },
): Promise<void> {
  const { orgId, locationId } = options;
  const data = checkInput(locationInput, options);
  const updated = await inOrg(options, (tx) =>
    tx
      .update(locations)
      .set({ name: data.name, address: data.address || null })
      .where(byId(orgId, locationId))
      .returning({ id: locations.id }),
  );
  if (!updated.length) throw new NotFoundError("location");
}

/** Removes a location that no group is at any more; groups are never left pointing nowhere. */
export async function removeLocation(options: OrgScope & { locationId: string }): Promise<void> {
  const { orgId, locationId } = options;
  await inOrg(options, async (tx) => {
    if (await hasGroupsAt(tx, orgId, locationId)) throw new InputError("remove", "org.locations.inUse");
    const removed = await tx.delete(locations).where(byId(orgId, locationId)).returning({ id: locations.id });
    if (!removed.length) throw new NotFoundError("location");
  });
}
