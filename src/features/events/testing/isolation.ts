/**
 * The route walk's ids of the school's own events: the leader creates an event for the whole
 * school, the parent signs up and submits a topic.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { createEventAs } from "./fixtures.js";

export const isolation: IsolationFactory = async ({ school, marker, signedIn }) => {
  const leader = await signedIn(school.leader.email);
  const eventId = await createEventAs(leader, { title: `${marker} informatieavond`, capacity: "20" });
  const parent = await signedIn(school.parent.email);
  const signed = await parent.post(`/events/${eventId}/rsvp`, { people: "2" });
  if (signed.status !== 303) throw new Error(`signing up failed with ${signed.status}`);
  const topic = await parent.post(`/events/${eventId}/topics`, { body: `${marker} vraag` });
  const topicId = /#topic-([0-9a-f-]{36})$/.exec(topic.headers.get("location") ?? "")?.[1];
  if (!topicId) throw new Error(`submitting a topic failed with ${topic.status}`);
  return { eventId: [eventId], topicId: [topicId] };
};
