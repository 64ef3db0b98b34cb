/**
 * A parent evening (or joint session) that takes sign-ups: its event (src/features/events) with
 * the start and end time on the session's day, a place and a capacity. The leaders set it; a
 * parent invited to the session (all parents, or a group of one of their children) signs up or
 * cancels while it is planned. The session's day stays the one place the date is kept: a new day
 * moves the event along (event-link.ts).
 */
import { recordAuditBy } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { trajectorySessionEvents } from "../../../db/schema/index.js";
import { localToUtc } from "../../../lib/time/zone.js";
import { NotFoundError } from "../../../web/errors.js";
import { InputError } from "../../../web/input-error.js";
import type { Outcome } from "../../../web/outcome.js";
import {
  cancelSignup,
  eventStates,
  saveEvent,
  signUp,
  signupList,
  type CancelRefusal,
  type EventForm,
  type EventState,
  type SaveRefusal,
  type SignupRefusal,
} from "../../events/index.js";
import { childrenOfGuardian } from "../../pupils/index.js";
import { parentSessionPath, sessionEventIds } from "./event-link.js";
import { invitesParent } from "./parent-view.js";
import { requireSession } from "./sessions.js";

/** The session's event as this person sees it, if it takes sign-ups. */
export async function eventOfSession(
  tx: Tx,
  orgId: string,
  sessionId: string,
  userId: string,
): Promise<EventState | null> {
  const eventId = (await sessionEventIds(tx, orgId)).get(sessionId);
  return eventId ? ((await eventStates(tx, orgId, [eventId], userId)).get(eventId) ?? null) : null;
}

/** For the leaders' form: the session and its event with who signed up, if it takes sign-ups. */
export function sessionWithEvent(scope: ViewerScope & { sessionId: string }) {
  return inOrg(scope, async (tx) => {
    const session = await requireSession(tx, scope.orgId, scope.sessionId);
    const eventId = (await sessionEventIds(tx, scope.orgId)).get(session.id);
    return {
      session,
      event: await eventOfSession(tx, scope.orgId, session.id, scope.userId),
      signups: eventId ? await signupList(tx, scope.orgId, eventId) : null,
    };
  });
}

/** Lets the session take sign-ups, or changes its times, place and capacity. */
export function setSessionEvent(
  scope: ViewerScope & { sessionId: string; input: EventForm },
): Promise<Outcome<object, SaveRefusal>> {
  return inOrg(scope, async (tx) => {
    const session = await requireSession(tx, scope.orgId, scope.sessionId);
    if (session.line === "school") throw new NotFoundError("parent session");
    if (!session.heldOn) throw new InputError("startsAt", "events.error.needsDay");
    const eventId = (await sessionEventIds(tx, scope.orgId)).get(session.id) ?? null;
    const saved = await saveEvent(tx, scope.orgId, eventId, {
      title: session.topic,
      startsAt: localToUtc(session.heldOn, scope.input.startsAt),
      endsAt: localToUtc(session.heldOn, scope.input.endsAt),
      place: scope.input.place,
      capacity: scope.input.capacity,
      path: parentSessionPath(session.id),
    });
    if (!saved.ok) return saved;
    if (!eventId)
      await tx
        .insert(trajectorySessionEvents)
        .values({ orgId: scope.orgId, sessionId: session.id, eventId: saved.eventId });
    const detail = `sign-up: capacity ${scope.input.capacity ?? "none"}`;
    await recordAuditBy(tx, scope, { action: "update", entity: "trajectory_session", entityId: session.id, detail });
    return { ok: true };
  });
}

/** The event of a planned session this parent is invited to, or 404. */
async function invitedEvent(tx: Tx, scope: ViewerScope, sessionId: string): Promise<string> {
  const session = await requireSession(tx, scope.orgId, sessionId);
  const groups = new Set((await childrenOfGuardian(tx, scope.orgId, scope.userId)).map((c) => c.groupId));
  const eventId = (await sessionEventIds(tx, scope.orgId)).get(session.id);
  if (!eventId || session.status !== "planned" || !invitesParent(session, groups)) throw new NotFoundError("event");
  return eventId;
}

export function signUpForSession(
  scope: ViewerScope & { sessionId: string; people: number; now?: Date },
): Promise<Outcome<{ changed: boolean }, SignupRefusal>> {
  return inOrg(scope, async (tx) => {
    const eventId = await invitedEvent(tx, scope, scope.sessionId);
    return signUp(tx, { orgId: scope.orgId, eventId, userId: scope.userId, people: scope.people, now: scope.now });
  });
}

export function cancelForSession(
  scope: ViewerScope & { sessionId: string; now?: Date },
): Promise<Outcome<object, CancelRefusal>> {
  return inOrg(scope, async (tx) => {
    const eventId = await invitedEvent(tx, scope, scope.sessionId);
    return cancelSignup(tx, { orgId: scope.orgId, eventId, userId: scope.userId, now: scope.now });
  });
}
