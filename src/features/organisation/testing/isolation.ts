/** The route walk's ids of this feature: a location made by the school leader, and the school's staff. */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { withOrg } from "../../../db/client.js";
import { locations } from "../../../db/schema/index.js";

export const isolation: IsolationFactory = async ({ ctx, school, marker, signedIn }) => {
  const leader = await signedIn(school.leader.email);
  const added = await leader.post("/organisation/locations", { name: `${marker} gebouw`, address: "Schoolstraat 1" });
  if (added.status !== 303) throw new Error(`adding a location failed with ${added.status}`);
  const rows = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
    tx.select({ id: locations.id }).from(locations),
  );
  return {
    "locations/:id": rows.map((row) => row.id),
    userId: [school.leader.id, school.teacher.id, school.parent.id],
  };
};
