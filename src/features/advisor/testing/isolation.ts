/** The route walk's ids of this feature: the school invites an advisor, who writes a note about it. */
import { eq } from "drizzle-orm";
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { withOrg } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { advisorNotes, users } from "../../../db/schema/index.js";
import { acceptMailedInvitation } from "../../../../tests/helpers/invitations.js";

export const isolation: IsolationFactory = async ({ ctx, school, marker, signedIn }) => {
  const leader = await signedIn(school.leader.email);
  const email = `adviseur-${marker.toLowerCase().replace(/[^a-z0-9]/g, "")}@example.nl`;
  const invited = await leader.post("/organisation/advisors", { name: `${marker} Adviseur`, email });
  if (invited.status !== 303) throw new Error(`inviting an advisor failed with ${invited.status}`);
  const advisor = await acceptMailedInvitation(ctx, email);
  await advisor.post("/home/organisation", { orgId: school.orgId });
  const written = await advisor.post("/advisor/notes", { body: `${marker} notitie`, sessionId: "" });
  if (written.status !== 303) throw new Error(`writing a note failed with ${written.status}`);
  const [user] = await ctx.database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const notes = await withOrg(ctx.database.db, { orgId: school.orgId, userId: user!.id }, (tx) =>
    tx
      .select({ id: advisorNotes.id })
      .from(advisorNotes)
      .where(ofOrg(advisorNotes, school.orgId, { advisorId: user!.id })),
  );
  return { noteId: notes.map((n) => n.id) };
};
