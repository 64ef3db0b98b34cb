/** The locations (buildings, sites) of an organisation. */
import { and, asc, count, eq } from "drizzle-orm";
import { withOrg, type Db } from "../../db/client.js";
import { groups, locations } from "../../db/schema/index.js";
import { NotFoundError } from "../../web/errors.js";
import { checkInput, InputError } from "../../web/input-error.js";
import { locationInput } from "./schemas.js";

export interface LocationScope {
  db: Db;
  orgId: string;
  actorId: string | null;
}

export type Location = typeof locations.$inferSelect;

const byId = (orgId: string, locationId: string) => and(eq(locations.orgId, orgId), eq(locations.id, locationId));

export function listLocations({ db, orgId, actorId }: LocationScope): Promise<Location[]> {
  return withOrg(db, { orgId, userId: actorId }, (tx) =>
    tx.select().from(locations).where(eq(locations.orgId, orgId)).orderBy(asc(locations.name)),
  );
}

export async function getLocation(options: LocationScope & { locationId: string }): Promise<Location> {
  const { db, orgId, actorId, locationId } = options;
  const [row] = await withOrg(db, { orgId, userId: actorId }, (tx) =>
    tx.select().from(locations).where(byId(orgId, locationId)),
  );
  if (!row) throw new NotFoundError("location");
  return row;
}

/** Adds a location with a name and (optionally) an address. */
export async function addLocation(options: LocationScope & { name: string; address?: string }): Promise<Location> {
  const { db, orgId, actorId } = options;
  const data = checkInput(locationInput, options);
  const [row] = await withOrg(db, { orgId, userId: actorId }, (tx) =>
    tx
      .insert(locations)
      .values({ orgId, name: data.name, address: data.address || null })
      .returning(),
  );
  if (!row) throw new Error("location not created");
  return row;
}

export async function updateLocation(
  options: LocationScope & { locationId: string; name: string; address?: string },
): Promise<void> {
  const { db, orgId, actorId, locationId } = options;
  const data = checkInput(locationInput, options);
  const updated = await withOrg(db, { orgId, userId: actorId }, (tx) =>
    tx
      .update(locations)
      .set({ name: data.name, address: data.address || null })
      .where(byId(orgId, locationId))
      .returning({ id: locations.id }),
  );
  if (!updated.length) throw new NotFoundError("location");
}

/** Removes a location that no group is at any more; groups are never left pointing nowhere. */
export async function removeLocation(options: LocationScope & { locationId: string }): Promise<void> {
  const { db, orgId, actorId, locationId } = options;
  await withOrg(db, { orgId, userId: actorId }, async (tx) => {
    const [used] = await tx
      .select({ n: count() })
      .from(groups)
      .where(and(eq(groups.orgId, orgId), eq(groups.locationId, locationId)));
    if (used && used.n > 0) throw new InputError("remove", "org.locations.inUse");
    const removed = await tx.delete(locations).where(byId(orgId, locationId)).returning({ id: locations.id });
    if (!removed.length) throw new NotFoundError("location");
  });
}
