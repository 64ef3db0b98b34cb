/** A person's own part of news, for their data export: their reactions with the answers, and their suggestions. */
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { newsReactions, newsSuggestions } from "../../../db/schema/index.js";

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
  };
}
