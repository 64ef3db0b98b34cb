/**
 * The notes an advisor shared with the school, for the timeline. Read as data from the shared
 * schema, as the certificate is (facts.ts): the advisor's feature builds on the trajectory, so the
 * trajectory cannot import it. Only shared notes are asked for; row-level security would hide an
 * unshared one from anyone but its writer anyway (migration 0033).
 */
import { desc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { advisorNotes, trajectorySessions, users } from "../../../db/schema/index.js";
import { onKey } from "../../../db/on-key.js";

export interface SharedNote {
  id: string;
  body: string;
  advisorName: string;
  /** The session it is about; null for the organisation as a whole. */
  sessionTopic: string | null;
  updatedAt: Date;
}

export function sharedNotes(tx: Tx, orgId: string): Promise<SharedNote[]> {
  return tx
    .select({
      id: advisorNotes.id,
      body: advisorNotes.body,
      advisorName: users.name,
      sessionTopic: trajectorySessions.topic,
      updatedAt: advisorNotes.updatedAt,
    })
    .from(advisorNotes)
    .innerJoin(users, eq(users.id, advisorNotes.advisorId))
    .leftJoin(trajectorySessions, onKey(trajectorySessions, advisorNotes.orgId, advisorNotes.sessionId))
    .where(ofOrg(advisorNotes, orgId, { shared: true }))
    .orderBy(desc(advisorNotes.updatedAt), desc(advisorNotes.id));
}
