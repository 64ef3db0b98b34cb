/** A person's own part of news, for their data export: their reactions with the answers, their suggestions and the posts they read. */
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { newsPosts, newsReactions, newsReads, newsSuggestions } from "../../../db/schema/index.js";

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
  return {
    reactions: await tx
      .select({
        postId: newsReactions.postId,
        kind: newsReactions.kind,
        body: newsReactions.body,
        createdAt: newsReactions.createdAt,
        answer: newsReactions.answer,
        answeredAt: newsReactions.answeredAt,
        hiddenReason: newsReactions.hiddenReason,
      })
      .from(newsReactions)
      .where(and(eq(newsReactions.orgId, orgId), eq(newsReactions.authorId, userId)))
      .orderBy(asc(newsReactions.createdAt)),
    suggestions: await tx
      .select({
        title: newsSuggestions.title,
        body: newsSuggestions.body,
        createdAt: newsSuggestions.createdAt,
        status: newsSuggestions.status,
        declineReason: newsSuggestions.declineReason,
        decidedAt: newsSuggestions.decidedAt,
      })
      .from(newsSuggestions)
      .where(and(eq(newsSuggestions.orgId, orgId), eq(newsSuggestions.authorId, userId)))
      .orderBy(asc(newsSuggestions.createdAt)),
    reads: await tx
      .select({ postId: newsReads.postId, title: newsPosts.title, readAt: newsReads.readAt })
      .from(newsReads)
      .innerJoin(newsPosts, and(eq(newsPosts.orgId, newsReads.orgId), eq(newsPosts.id, newsReads.postId)))
      .where(and(eq(newsReads.orgId, orgId), eq(newsReads.userId, userId)))
      .orderBy(asc(newsReads.readAt)),
  };
}
