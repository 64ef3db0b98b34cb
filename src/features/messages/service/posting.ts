/**
 * Writing: a parent starts a thread about one of their children, staff start one with a child's
 * guardians, either side answers; a thread is closed, or turned into a conversation request by
 * staff. A parent's post written in quiet hours is stored at once and delivered to staff when
 * they end (the delivery job); the parent is told the day by which they may expect an answer.
 */
import { gt, min, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { orderedId } from "../../../db/ordered-id.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { messagePosts, messageReads, messageThreads } from "../../../db/schema/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { saveAttachments, type PreparedAttachment } from "../../../attachments/index.js";
import { askForConversation, type ConversationMessenger } from "../../conversations/index.js";
import { deliveryMoment } from "../domain/quiet-hours.js";
import { answerDueOn } from "../domain/reply-time.js";
import { deliverPostJob } from "../jobs.js";
import {
  childOf,
  findThread,
  sideTowards,
  threadOfAsker,
  type Asker,
  type Child,
  type Side,
  type Thread,
} from "./access.js";
import { notifyPost, type Messenger } from "./delivery.js";
import { settingsOf } from "./settings.js";

/** The kind of record a post's attachments belong to (src/attachments). */
export const POST_ATTACHMENTS = "message_post";

type Refusal = "notYourChild" | "notFound" | "closed" | "notTheirTeacher";
const refusals: Record<Refusal, Refused<Refusal>> = {
  notYourChild: refuse("notYourChild", "messages.refusal.notYourChild", "forbidden", "pupilId"),
  notFound: refuse("notFound", "messages.refusal.notFound", "forbidden"),
  closed: refuse("closed", "messages.refusal.closed", "conflict"),
  notTheirTeacher: refuse("notTheirTeacher", "messages.refusal.notTheirTeacher", "forbidden"),
};

export interface Written {
  threadId: string;
  /** When staff get it: the moment itself, or when quiet hours end. */
  deliverAt: Date;
  /** For a parent's post: the last school date of the reply time. */
  answerBy: string | null;
}

export interface WriteScope extends ViewerScope, Asker {
  messenger: Messenger;
  now: Date;
}

interface PostInput {
  body: string;
  files: readonly PreparedAttachment[];
}

/** When the first parent's post of the thread still held for quiet hours is delivered; null when none is. */
async function firstHeld(tx: Tx, scope: WriteScope, threadId: string): Promise<Date | null> {
  const [held] = await tx
    .select({ at: min(messagePosts.deliverAt) })
    .from(messagePosts)
    .where(ofOrg(messagePosts, scope.orgId, { threadId, side: "parent" }, gt(messagePosts.deliverAt, scope.now)));
  return held?.at ?? null;
}

/** Stores a post, its attachments and its author's read; delivers it now or queues its delivery. */
async function addPost(
  tx: Tx,
  scope: WriteScope,
  thread: Thread,
  child: Child,
  side: Side,
  input: PostInput,
): Promise<Written> {
  const settings = await settingsOf(tx, scope.orgId);
  const deliverAt = side === "parent" ? deliveryMoment(scope.now, settings.quiet) : scope.now;
  const [post] = await tx
    .insert(messagePosts)
    .values({
      // Posts sort by (createdAt, id), and createdAt is the request's millisecond.
      id: orderedId(),
      orgId: scope.orgId,
      threadId: thread.id,
      authorId: scope.userId,
      side,
      body: input.body,
      createdAt: scope.now,
      deliverAt,
    })
    .returning();
  await saveAttachments(tx, {
    orgId: scope.orgId,
    owner: { kind: POST_ATTACHMENTS, id: post!.id },
    uploadedBy: scope.userId,
    files: input.files,
  });
  await tx
    .insert(messageReads)
    .values({ orgId: scope.orgId, postId: post!.id, userId: scope.userId, readAt: scope.now });
  // A parent's post waits for an answer from the first one unanswered; a staff post answers all that
  // staff could read, not one still held for quiet hours.
  const awaitingSince = side === "staff" ? await firstHeld(tx, scope, thread.id) : (thread.awaitingSince ?? deliverAt);
  await tx
    .update(messageThreads)
    .set({
      lastPostAt: sql`greatest(${messageThreads.lastPostAt}, ${deliverAt.toISOString()}::timestamptz)`,
      awaitingSince,
    })
    .where(ofOrg(messageThreads, scope.orgId, { id: thread.id }));
  if (deliverAt.getTime() <= scope.now.getTime()) await notifyPost(tx, scope.messenger, post!, thread, child);
  else
    await scope.messenger.jobs.send(
      tx,
      deliverPostJob,
      { orgId: scope.orgId, postId: post!.id },
      { startAfter: deliverAt },
    );
  const answerBy = side === "parent" ? answerDueOn(awaitingSince ?? deliverAt, settings.replyDays) : null;
  return { threadId: thread.id, deliverAt, answerBy };
}

export type WriteOutcome = Outcome<Written, Refused<Refusal>>;

/** A parent about one of their own children, or staff with the guardians of a child they teach. */
export function startThread(
  scope: WriteScope & { pupilId: string; subject: string } & PostInput,
): Promise<WriteOutcome> {
  return inOrg(scope, async (tx) => {
    const child = await childOf(tx, scope.orgId, scope.pupilId);
    const side = child ? sideTowards(scope, child) : null;
    if (!child || !side) return refusals.notYourChild;
    const [thread] = await tx
      .insert(messageThreads)
      .values({
        orgId: scope.orgId,
        pupilId: child.pupilId,
        subject: scope.subject,
        startedBy: scope.userId,
        startedBySide: side,
        createdAt: scope.now,
        lastPostAt: scope.now,
      })
      .returning();
    const written = await addPost(tx, scope, thread!, child, side, scope);
    return { ok: true as const, ...written };
  });
}

/** An answer in a thread the writer is part of; a closed thread takes none. */
export function reply(scope: WriteScope & { threadId: string } & PostInput): Promise<WriteOutcome> {
  return inOrg(scope, async (tx) => {
    const found = await threadOfAsker(tx, scope, scope.threadId);
    if (!found) return refusals.notFound;
    // Replies to one thread one after another, so `awaiting_since` keeps the first unanswered post.
    await tx.execute(
      sql`select 1 from ${messageThreads} where ${messageThreads.orgId} = ${scope.orgId} and ${messageThreads.id} = ${scope.threadId} for update`,
    );
    const thread = (await findThread(tx, scope.orgId, scope.threadId))!;
    if (thread.closedAt) return refusals.closed;
    const written = await addPost(tx, scope, thread, found.child, found.side, scope);
    return { ok: true as const, ...written };
  });
}

/** Closing a thread: nothing waits in it any more, and it takes no more posts. */
export function closeThread(scope: WriteScope & { threadId: string }): Promise<Outcome<object, Refused<Refusal>>> {
  return inOrg(scope, async (tx) => {
    const found = await threadOfAsker(tx, scope, scope.threadId);
    if (!found) return refusals.notFound;
    if (found.thread.closedAt) return refusals.closed;
    await tx
      .update(messageThreads)
      .set({ closedAt: scope.now, closedBy: scope.userId, awaitingSince: null })
      .where(ofOrg(messageThreads, scope.orgId, { id: scope.threadId }));
    return { ok: true as const };
  });
}

/**
 * Staff turn a thread into a conversation request about the child (conversations feature), with
 * the thread's subject as its note; only a teacher of the child can ask for one.
 */
export function turnIntoConversation(
  scope: WriteScope & { threadId: string; conversations: ConversationMessenger },
): Promise<Outcome<{ requestId: string }, Refused<Refusal>>> {
  return inOrg(scope, async (tx) => {
    const found = await threadOfAsker(tx, scope, scope.threadId);
    if (!found || found.side !== "staff") return refusals.notFound;
    if (found.thread.conversationRequestId) return { ok: true as const, requestId: found.thread.conversationRequestId };
    const asked = await askForConversation({
      db: tx,
      orgId: scope.orgId,
      userId: scope.userId,
      messenger: scope.conversations,
      form: { pupilId: found.child.pupilId, topic: "other", note: found.thread.subject },
    });
    if (!asked.ok) return refusals.notTheirTeacher;
    await tx
      .update(messageThreads)
      .set({ conversationRequestId: asked.id })
      .where(ofOrg(messageThreads, scope.orgId, { id: scope.threadId }));
    return { ok: true as const, requestId: asked.id };
  });
}
