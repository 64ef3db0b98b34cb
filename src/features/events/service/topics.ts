/**
 * Topics and questions invited parents submit before an event, and support: one support per
 * person per topic (the primary key has the last word when two clicks race), withdrawable, not
 * for one's own topic. Shown without names: the school sees how many parents want to hear about
 * it, parents do not see who asked. Until the event starts.
 */
import { asc, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import type { ViewerScope } from "../../../db/org-scope.js";
import { eventTopicSupports, eventTopics } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { eventRow } from "./events.js";

export interface Topic {
  id: string;
  body: string;
  supports: number;
  mine: boolean;
  supportedByMe: boolean;
}

/** The event's topics, most supported first, then oldest first. */
export async function topicsOf(tx: Tx, orgId: string, eventId: string, userId: string): Promise<Topic[]> {
  const rows = await tx
    .select({
      id: eventTopics.id,
      body: eventTopics.body,
      authorId: eventTopics.userId,
      supports: sql<number>`(select count(*)::int from event_topic_supports s where s.org_id = ${eventTopics.orgId} and s.topic_id = ${eventTopics.id})`,
      supportedByMe: sql<boolean>`exists (select 1 from event_topic_supports s where s.org_id = ${eventTopics.orgId} and s.topic_id = ${eventTopics.id} and s.user_id = ${userId})`,
    })
    .from(eventTopics)
    .where(ofOrg(eventTopics, orgId, { eventId }))
    .orderBy(asc(eventTopics.createdAt), asc(eventTopics.id));
  return rows
    .map(({ authorId, ...row }) => ({ ...row, supports: Number(row.supports), mine: authorId === userId }))
    .sort((a, b) => b.supports - a.supports);
}

export type TopicRefusal = Refused<"started" | "cancelled" | "ownTopic" | "alreadySupported">;

/** The event is open for topics: not started, not cancelled. Call after checking the invitation. */
async function openEvent(tx: Tx, orgId: string, eventId: string, now: Date): Promise<TopicRefusal | null> {
  const event = await eventRow(tx, orgId, eventId);
  if (!event) throw new NotFoundError("event");
  if (event.cancelledAt) return refuse("cancelled", "events.refusal.cancelled", "conflict");
  if (event.startsAt <= now) return refuse("started", "events.refusal.topicsClosed", "conflict");
  return null;
}

export async function addTopic(
  tx: Tx,
  scope: ViewerScope & { eventId: string; body: string; now?: Date },
): Promise<Outcome<{ topicId: string }, TopicRefusal>> {
  const closed = await openEvent(tx, scope.orgId, scope.eventId, scope.now ?? new Date());
  if (closed) return closed;
  const [made] = await tx
    .insert(eventTopics)
    .values({ orgId: scope.orgId, eventId: scope.eventId, userId: scope.userId, body: scope.body })
    .returning({ id: eventTopics.id });
  return { ok: true, topicId: made!.id };
}

async function topicOfEvent(tx: Tx, scope: ViewerScope & { eventId: string; topicId: string }) {
  const [topic] = await tx
    .select({ id: eventTopics.id, userId: eventTopics.userId })
    .from(eventTopics)
    .where(ofOrg(eventTopics, scope.orgId, { eventId: scope.eventId, id: scope.topicId }));
  if (!topic) throw new NotFoundError("topic");
  return topic;
}

export async function supportTopic(
  tx: Tx,
  scope: ViewerScope & { eventId: string; topicId: string; now?: Date },
): Promise<Outcome<object, TopicRefusal>> {
  const topic = await topicOfEvent(tx, scope);
  const closed = await openEvent(tx, scope.orgId, scope.eventId, scope.now ?? new Date());
  if (closed) return closed;
  if (topic.userId === scope.userId) return refuse("ownTopic", "events.refusal.ownTopic", "conflict");
  const stored = await tx
    .insert(eventTopicSupports)
    .values({ orgId: scope.orgId, topicId: topic.id, userId: scope.userId })
    .onConflictDoNothing()
    .returning({ topicId: eventTopicSupports.topicId });
  if (!stored.length) return refuse("alreadySupported", "events.refusal.alreadySupported", "conflict");
  return { ok: true };
}

/** Withdrawing a support that is not there (a second click) changes nothing. */
export async function withdrawTopicSupport(
  tx: Tx,
  scope: ViewerScope & { eventId: string; topicId: string },
): Promise<void> {
  const topic = await topicOfEvent(tx, scope);
  await tx
    .delete(eventTopicSupports)
    .where(ofOrg(eventTopicSupports, scope.orgId, { topicId: topic.id, userId: scope.userId }));
}
