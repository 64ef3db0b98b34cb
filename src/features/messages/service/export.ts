/** A person's own messages, for their data export: what they wrote, with the thread's subject and child. */
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { messagePosts, messageThreads } from "../../../db/schema/index.js";

export interface PersonMessage {
  threadId: string;
  pupilId: string;
  subject: string;
  body: string;
  writtenAt: Date;
}

export function messagesOfPerson(tx: Tx, orgId: string, userId: string): Promise<PersonMessage[]> {
  return tx
    .select({
      threadId: messageThreads.id,
      pupilId: messageThreads.pupilId,
      subject: messageThreads.subject,
      body: messagePosts.body,
      writtenAt: messagePosts.createdAt,
    })
    .from(messagePosts)
    .innerJoin(
      messageThreads,
      and(eq(messageThreads.orgId, messagePosts.orgId), eq(messageThreads.id, messagePosts.threadId)),
    )
    .where(and(eq(messagePosts.orgId, orgId), eq(messagePosts.authorId, userId)))
    .orderBy(asc(messagePosts.createdAt));
}
