/**
 * Sessions of the active trajectory: added at the end of their line, edited (planned, or
 * recorded as held with attendance and what came of it), skipped with a reason, moved up or
 * down. Sessions of an ended trajectory are history and change no more (404). Every change is
 * audited; invited groups must be the organisation's current groups.
 */
import { and, eq, max } from "drizzle-orm";
import { recordAudit, type AuditAction } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { trajectorySessionGroups, trajectorySessions } from "../../../db/schema/index.js";
import { schoolToday } from "../../../lib/time/school-date.js";
import { NotFoundError } from "../../../web/errors.js";
import { InputError } from "../../../web/input-error.js";
import { cancelEvent, type CancelDeps } from "../../events/index.js";
import { areCurrentGroups } from "../../pupils/index.js";
import { heldDayProblem } from "../domain/held.js";
import { moved } from "../domain/order.js";
import { sessionWords } from "../domain/template.js";
import type { Translate } from "../../../web/i18n/index.js";
import type { SessionInput } from "../schemas.js";
import { followSession, sessionEventIds } from "./event-link.js";
import { sessionsOf, type SessionRow } from "./facts.js";
import { requireActive } from "./trajectories.js";

/** A session of the organisation's active trajectory, or 404. */
export async function requireSession(tx: Tx, orgId: string, sessionId: string): Promise<SessionRow> {
  const trajectory = await requireActive(tx, orgId);
  const session = (await sessionsOf(tx, orgId, trajectory.id)).find((s) => s.id === sessionId);
  if (!session) throw new NotFoundError("session");
  return session;
}

/** Loads a session for its edit page (404 unless it is one of the active trajectory's). */
export function sessionForEdit(scope: ViewerScope & { sessionId: string }): Promise<SessionRow> {
  return inOrg(scope, (tx) => requireSession(tx, scope.orgId, scope.sessionId));
}

/** The columns a form sets; a held session needs its day, not in the future. */
async function columnsOf(tx: Tx, orgId: string, input: SessionInput, today: string) {
  const problem = heldDayProblem(input, today);
  if (problem) throw new InputError("heldOn", problem);
  if (!(await areCurrentGroups(tx, orgId, input.groups))) throw new InputError("groups", "error.invalid");
  const { line, topic, goals, heldOn, attendance, notes, outcomes, followUp } = input;
  const status = input.held ? ("held" as const) : ("planned" as const);
  return {
    line,
    topic,
    goals,
    heldOn,
    attendance,
    notes,
    outcomes,
    followUp,
    status,
    skipReason: null,
    updatedAt: new Date(),
  };
}

async function setGroups(tx: Tx, orgId: string, sessionId: string, groupIds: readonly string[]) {
  await tx.delete(trajectorySessionGroups).where(ofOrg(trajectorySessionGroups, orgId, { sessionId }));
  if (groupIds.length)
    await tx.insert(trajectorySessionGroups).values(groupIds.map((groupId) => ({ orgId, sessionId, groupId })));
}

function audit(tx: Tx, scope: ViewerScope, action: AuditAction, sessionId: string, detail?: string) {
  const entry = {
    orgId: scope.orgId,
    userId: scope.userId,
    entity: "trajectory_session" as const,
    entityId: sessionId,
  };
  return recordAudit(tx, { ...entry, action, ...(detail === undefined ? {} : { detail }) });
}

/** After every session of the trajectory, so also last in its line. */
async function nextPosition(tx: Tx, orgId: string, trajectoryId: string): Promise<number> {
  const [last] = await tx
    .select({ position: max(trajectorySessions.position) })
    .from(trajectorySessions)
    .where(ofOrg(trajectorySessions, orgId, { trajectoryId }));
  return (last?.position ?? -1) + 1;
}

export function addSession(scope: ViewerScope & { input: SessionInput; now?: Date }): Promise<{ id: string }> {
  return inOrg(scope, async (tx) => {
    const trajectory = await requireActive(tx, scope.orgId);
    const columns = await columnsOf(tx, scope.orgId, scope.input, schoolToday(scope.now));
    const position = await nextPosition(tx, scope.orgId, trajectory.id);
    const [made] = await tx
      .insert(trajectorySessions)
      .values({ orgId: scope.orgId, trajectoryId: trajectory.id, position, ...columns })
      .returning({ id: trajectorySessions.id });
    await setGroups(tx, scope.orgId, made!.id, scope.input.groups);
    await audit(tx, scope, "create", made!.id);
    return { id: made!.id };
  });
}

const bySession = (orgId: string, id: string) =>
  and(eq(trajectorySessions.orgId, orgId), eq(trajectorySessions.id, id));

/** Edits a session; `t` is the editor's, to tell a template session saved as shown from one reworded. */
export function updateSession(
  scope: ViewerScope & { sessionId: string; input: SessionInput; t: Translate; now?: Date },
) {
  return inOrg(scope, async (tx) => {
    const session = await requireSession(tx, scope.orgId, scope.sessionId);
    const columns = await columnsOf(tx, scope.orgId, scope.input, schoolToday(scope.now));
    // Topic and goals kept as the form showed them: still the template's, read in each reader's words.
    const shown = sessionWords(scope.t, session);
    const unchanged = shown.topic === columns.topic && shown.goals === columns.goals;
    const templateKey = unchanged ? session.templateKey : null;
    // A session moved to another line goes to the end of it.
    const position =
      columns.line === session.line ? session.position : await nextPosition(tx, scope.orgId, session.trajectoryId);
    await tx
      .update(trajectorySessions)
      .set({ ...columns, position, templateKey })
      .where(bySession(scope.orgId, session.id));
    await setGroups(tx, scope.orgId, session.id, scope.input.groups);
    await followSession(tx, scope.orgId, { id: session.id, topic: columns.topic, heldOn: columns.heldOn });
    await audit(tx, scope, "update", session.id, columns.status);
  });
}

/** What a skip did to the session's evening: how many were told it is cancelled, or that it was kept. */
export interface Skipped {
  mailed: number;
  /** The evening had started or was over, so it stays as it was (not cancelled, nobody mailed). */
  eventKept: boolean;
}

/**
 * Skips a session with a reason. A parent evening that took sign-ups is then cancelled: everyone
 * signed up gets the cancellation for their calendar (events' cancelEvent), in this transaction.
 * Once the evening has started it is no longer cancelled (events' rule): it stays as it was, its
 * sign-ups its attendance, nobody is mailed, and only the session is recorded as skipped (the
 * evening did not take place after all, or this session was not what it was about).
 */
export function skipSession(
  scope: ViewerScope & { sessionId: string; reason: string; deps: CancelDeps; now?: Date },
): Promise<Skipped> {
  return inOrg(scope, async (tx) => {
    const session = await requireSession(tx, scope.orgId, scope.sessionId);
    const cancelled = await cancelEventOf(tx, scope, session.id);
    await tx
      .update(trajectorySessions)
      .set({ status: "skipped", skipReason: scope.reason, updatedAt: new Date() })
      .where(bySession(scope.orgId, session.id));
    await audit(tx, scope, "skip", session.id, scope.reason);
    return cancelled.ok ? { mailed: cancelled.mailed, eventKept: false } : { mailed: 0, eventKept: true };
  });
}

/**
 * Cancels the session's event, if it takes sign-ups. Refused, changing nothing, once it has
 * started: cancelEvent decides that with the event's row locked, so a skip at the very moment it
 * starts is one or the other, never both.
 */
async function cancelEventOf(tx: Tx, scope: ViewerScope & { deps: CancelDeps; now?: Date }, sessionId: string) {
  const eventId = (await sessionEventIds(tx, scope.orgId)).get(sessionId);
  if (!eventId) return { ok: true as const, mailed: 0 };
  return cancelEvent(tx, scope.deps, { orgId: scope.orgId, eventId, now: scope.now });
}

/** One place up or down within its line; at the edge nothing changes. */
export function moveSession(scope: ViewerScope & { sessionId: string; direction: "up" | "down" }) {
  return inOrg(scope, async (tx) => {
    const session = await requireSession(tx, scope.orgId, scope.sessionId);
    const line = (await sessionsOf(tx, scope.orgId, session.trajectoryId)).filter((s) => s.line === session.line);
    const order = moved(
      line.map((s) => s.id),
      session.id,
      scope.direction,
    );
    if (!order) return;
    for (const [position, id] of order.entries())
      await tx.update(trajectorySessions).set({ position }).where(bySession(scope.orgId, id));
    await audit(tx, scope, "move", session.id, scope.direction);
  });
}
