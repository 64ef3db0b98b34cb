/** A person's own ideas, reactions and supports in one organisation, for their data export. */
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ideaReactions, ideaSupports, ideas } from "../../../db/schema/index.js";

export interface PersonIdeas {
  ideas: { id: string; createdAt: Date; domain: string; body: string; status: string; statusNote: string }[];
  reactions: { ideaId: string; createdAt: Date; body: string }[];
  supports: { ideaId: string; createdAt: Date }[];
}

/** Runs in the caller's transaction (the organisation's row-level security applies). */
export async function ideasOfPerson(tx: Tx, orgId: string, userId: string): Promise<PersonIdeas> {
  return {
    ideas: await tx
      .select({
        id: ideas.id,
        createdAt: ideas.createdAt,
        domain: ideas.domain,
        body: ideas.body,
        status: ideas.status,
        statusNote: ideas.statusNote,
      })
      .from(ideas)
      .where(and(eq(ideas.orgId, orgId), eq(ideas.authorId, userId)))
      .orderBy(asc(ideas.createdAt)),
    reactions: await tx
      .select({ ideaId: ideaReactions.ideaId, createdAt: ideaReactions.createdAt, body: ideaReactions.body })
      .from(ideaReactions)
      .where(and(eq(ideaReactions.orgId, orgId), eq(ideaReactions.authorId, userId)))
      .orderBy(asc(ideaReactions.createdAt)),
    supports: await tx
      .select({ ideaId: ideaSupports.ideaId, createdAt: ideaSupports.createdAt })
      .from(ideaSupports)
      .where(and(eq(ideaSupports.orgId, orgId), eq(ideaSupports.userId, userId)))
      .orderBy(asc(ideaSupports.createdAt)),
  };
}
