/**
 * A person's messages, for their data export: what they wrote, with the thread's subject and
 * child, and as a parent what the school wrote to them about their children, with when they read
 * it. Staff's export has what they wrote; what parents wrote to them is the parents' (and the
 * school's record), so it is in the parents' exports.
 */
import { and, asc, eq, inArray, lte, or, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { messagePosts, messageReads, messageThreads } from "../../../db/schema/index.js";
import { childrenOfGuardian } from "../../pupils/index.js";

export interface PersonMessage {
  threadId: string;
  pupilId: string;
  subject: string;
  body: string;
  writtenAt: Date;
}

export interface ReceivedMessage extends PersonMessage {
  readAt: Date | null;
}

export interface PersonMessages {
  written: PersonMessage[];
  received: ReceivedMessage[];
}

const postColumns = {
  threadId: messageThreads.id,
  pupilId: messageThreads.pupilId,
  subject: messageThreads.subject,
  body: messagePosts.body,
  writtenAt: messagePosts.createdAt,
};

const threadOfPost = and(eq(messageThreads.orgId, messagePosts.orgId), eq(messageThreads.id, messagePosts.threadId));

export async function messagesOfPerson(tx: Tx, orgId: string, userId: string): Promise<PersonMessages> {
  const written = await tx
    .select(postColumns)
    .from(messagePosts)
    .innerJoin(messageThreads, threadOfPost)
    .where(ofOrg(messagePosts, orgId, { authorId: userId }))
    .orderBy(asc(messagePosts.createdAt), asc(messagePosts.id));
  const children = (await childrenOfGuardian(tx, orgId, userId)).map((c) => c.pupilId);
  // The threads a parent is in (as the inbox shows them): the school's about their children, and their own.
  const received = children.length
    ? await tx
        .select({ ...postColumns, readAt: messageReads.readAt })
        .from(messagePosts)
        .innerJoin(messageThreads, threadOfPost)
        .leftJoin(
          messageReads,
          and(
            eq(messageReads.orgId, messagePosts.orgId),
            eq(messageReads.postId, messagePosts.id),
            eq(messageReads.userId, userId),
          ),
        )
        .where(
          and(
            eq(messagePosts.orgId, orgId),
            inArray(messageThreads.pupilId, children),
            or(eq(messageThreads.startedBySide, "staff"), eq(messageThreads.startedBy, userId)),
            eq(messagePosts.side, "staff"),
            sql`${messagePosts.authorId} is distinct from ${userId}`,
            lte(messagePosts.deliverAt, new Date()),
          ),
        )
        .orderBy(asc(messagePosts.createdAt), asc(messagePosts.id))
    : [];
  return { written, received };
}
