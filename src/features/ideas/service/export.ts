/** A person's own ideas, reactions and supports in one organisation, for their data export. */
import type { Tx } from "../../../db/client.js";
import { ideaReactions, ideaSupports, ideas } from "../../../db/schema/index.js";
import { rowsOfPerson } from "../../account/index.js";

export interface PersonIdeas {
  ideas: { id: string; createdAt: Date; domain: string; body: string; status: string; statusNote: string }[];
  reactions: { ideaId: string; createdAt: Date; body: string }[];
  supports: { ideaId: string; createdAt: Date }[];
}

/** Runs in the caller's transaction (the organisation's row-level security applies). */
export async function ideasOfPerson(tx: Tx, orgId: string, userId: string): Promise<PersonIdeas> {
  const person = { orgId, userId };
  return {
    ideas: await rowsOfPerson(tx, person, ideas, {
      by: "authorId",
      columns: ["id", "createdAt", "domain", "body", "status", "statusNote"],
      order: "createdAt",
    }),
    reactions: await rowsOfPerson(tx, person, ideaReactions, {
      by: "authorId",
      columns: ["ideaId", "createdAt", "body"],
      order: "createdAt",
    }),
    supports: await rowsOfPerson(tx, person, ideaSupports, {
      by: "userId",
      columns: ["ideaId", "createdAt"],
      order: "createdAt",
    }),
  };
}
