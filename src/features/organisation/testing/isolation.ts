/**
 * The route walk's ids of this feature: a location made by the school leader, the school's staff,
 * and its invitation of someone whose account already exists (waiting for their answer).
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { withOrg } from "../../../db/client.js";
import { locations, staffInvitations } from "../../../db/schema/index.js";
import { createUser } from "../../../../tests/helpers/factories.js";

export const isolation: IsolationFactory = async ({ ctx, school, marker, signedIn }) => {
  const leader = await signedIn(school.leader.email);
  const added = await leader.post("/organisation/locations", { name: `${marker} gebouw`, address: "Schoolstraat 1" });
  if (added.status !== 303) throw new Error(`adding a location failed with ${added.status}`);
  const rows = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
    tx.select({ id: locations.id }).from(locations),
  );
  const existing = await createUser(ctx.database.db, { name: `${marker} Bestaand` });
  const invited = await leader.post("/organisation/staff/invite", {
    name: `${marker} Uitgenodigd`,
    email: existing.email,
    roles: "teacher",
  });
  if (invited.status !== 303) throw new Error(`inviting an existing account failed with ${invited.status}`);
  const invitations = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
    tx.select({ id: staffInvitations.id }).from(staffInvitations),
  );
  return {
    "locations/:id": rows.map((row) => row.id),
    invitationId: invitations.map((row) => row.id),
    userId: [school.leader.id, school.teacher.id, school.parent.id],
  };
};
