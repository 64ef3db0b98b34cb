/**
 * Which session's event is which (trajectory_session_events), and keeping an event on its
 * session's day and topic when the session is edited. Apart from session-events.ts so that
 * sessions.ts can call it without an import cycle.
 */
import { eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { trajectorySessionEvents } from "../../../db/schema/index.js";
import { localToUtc, utcToLocal } from "../../../lib/time/zone.js";
import { eventRow, saveEvent } from "../../events/index.js";
import type { SessionRow } from "./facts.js";

/** Where a parent signs up for the session: the reminder links it. */
export const parentSessionPath = (sessionId: string) => `/trajectory/for-parents#session-${sessionId}`;

/** The event of each session that takes sign-ups, by session id. */
export async function sessionEventIds(tx: Tx, orgId: string): Promise<Map<string, string>> {
  const rows = await tx.select().from(trajectorySessionEvents).where(eq(trajectorySessionEvents.orgId, orgId));
  return new Map(rows.map((row) => [row.sessionId, row.eventId]));
}

/** After a session was edited: its event keeps its times of day, on the session's (new) day, with its topic. */
export async function followSession(tx: Tx, orgId: string, session: Pick<SessionRow, "id" | "topic" | "heldOn">) {
  const eventId = (await sessionEventIds(tx, orgId)).get(session.id);
  const event = eventId ? await eventRow(tx, orgId, eventId) : null;
  if (!event || !session.heldOn) return;
  // The capacity stays as it is, so saving is never refused.
  await saveEvent(tx, orgId, event.id, {
    title: session.topic,
    startsAt: localToUtc(session.heldOn, utcToLocal(event.startsAt).time),
    endsAt: localToUtc(session.heldOn, utcToLocal(event.endsAt).time),
    place: event.place,
    capacity: event.capacity,
    path: parentSessionPath(session.id),
  });
}
