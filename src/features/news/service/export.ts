/** A person's own part of news, for their data export: their reactions with the answers, their suggestions and the posts they read. */
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { newsPosts, newsReactions, newsReads, newsSuggestions } from "../../../db/schema/index.js";
import { rowsOfPerson } from "../../account/index.js";

export interface PersonNews {
  reactions: {
    postId: string;
    kind: string;
    body: string;
    createdAt: Date;
    answer: string | null;
    answeredAt: Date | null;
    hiddenReason: string | null;
  }[];
  suggestions: {
    title: string;
    body: string;
    createdAt: Date;
    status: string;
    declineReason: string | null;
    decidedAt: Date | null;
  }[];
  /** The posts they opened, first read; counted only into shares per group, never shown by name. */
  reads: { postId: string; title: string; readAt: Date }[];
}

/** Runs in the caller's transaction (the organisation's row-level security applies). */
export async function newsOfPerson(tx: Tx, orgId: string, userId: string): Promise<PersonNews> {
  const person = { orgId, userId };
  return {
    reactions: await rowsOfPerson(tx, person, newsReactions, {
      by: "authorId",
      columns: ["postId", "kind", "body", "createdAt", "answer", "answeredAt", "hiddenReason"],
      order: "createdAt",
    }),
    suggestions: await rowsOfPerson(tx, person, newsSuggestions, {
      by: "authorId",
      columns: ["title", "body", "createdAt", "status", "declineReason", "decidedAt"],
      order: "createdAt",
    }),
    reads: await tx
      .select({ postId: newsReads.postId, title: newsPosts.title, readAt: newsReads.readAt })
      .from(newsReads)
      .innerJoin(newsPosts, and(eq(newsPosts.orgId, newsReads.orgId), eq(newsPosts.id, newsReads.postId)))
      .where(ofOrg(newsReads, orgId, { userId }))
      .orderBy(asc(newsReads.readAt), asc(newsReads.postId)),
  };
}
