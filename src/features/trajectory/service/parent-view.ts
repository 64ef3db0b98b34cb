/**
 * The trajectory as a parent sees it: where the school is, in plain words, and the parent evenings
 * and joint sessions they are invited to (all parents, or a group of one of their children), the
 * coming ones with their day and goals, the held ones with their day. Nothing of the team's notes.
 */
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { schoolToday } from "../../../lib/time/school-date.js";
import { childrenOfGuardian } from "../../pupils/index.js";
import { parentPhase, trajectoryState, type Phase, type StepView } from "../domain/phase.js";
import { eventStates, type EventState } from "../../events/index.js";
import { sessionEventIds } from "./event-link.js";
import { recordOf, type SessionRow } from "./facts.js";
import { activeTrajectory } from "./trajectories.js";

export interface ParentSession {
  id: string;
  /** The template session it still is (domain/template.ts sessionWords), or null. */
  templateKey: string | null;
  topic: string;
  goals: string;
  heldOn: string | null;
  line: SessionRow["line"];
  /** Coming sessions that take sign-ups: the event with this parent's sign-up. */
  event: EventState | null;
}

export interface ParentView {
  /** Where the school stands for parents (`parentPhase`), not the staff's phase. */
  phase: Phase;
  steps: StepView[];
  coming: ParentSession[];
  held: ParentSession[];
}

/** A parent evening or joint session for all parents, or for a group of one of this parent's children. */
export function invitesParent(session: SessionRow, groups: ReadonlySet<string | null>): boolean {
  return session.line !== "school" && (session.groupIds.length === 0 || session.groupIds.some((id) => groups.has(id)));
}

const brief = ({ id, templateKey, topic, goals, heldOn, line }: SessionRow): ParentSession => ({
  id,
  templateKey,
  topic,
  goals,
  heldOn,
  line,
  event: null,
});
const byDay = (a: ParentSession, b: ParentSession) => (a.heldOn ?? "9999").localeCompare(b.heldOn ?? "9999");

export function parentView(scope: ViewerScope, now: Date = new Date()): Promise<ParentView | null> {
  return inOrg(scope, async (tx) => {
    const trajectory = await activeTrajectory(tx, scope.orgId);
    if (!trajectory) return null;
    const record = await recordOf(tx, trajectory);
    const today = schoolToday(now);
    const groups = new Set((await childrenOfGuardian(tx, scope.orgId, scope.userId)).map((c) => c.groupId));
    const forMe = record.sessions.filter((s) => invitesParent(s, groups));
    const state = trajectoryState(record.facts, today);
    const eventIds = await sessionEventIds(tx, scope.orgId);
    const events = await eventStates(tx, scope.orgId, [...eventIds.values()], scope.userId, now);
    const withEvent = (session: SessionRow): ParentSession => {
      const eventId = eventIds.get(session.id);
      return { ...brief(session), event: (eventId && events.get(eventId)) || null };
    };
    return {
      phase: parentPhase(state.steps),
      steps: state.steps,
      coming: forMe
        .filter((s) => s.status === "planned" && (s.heldOn === null || s.heldOn >= today))
        .map(withEvent)
        .sort(byDay),
      held: forMe
        .filter((s) => s.status === "held")
        .map(brief)
        .sort(byDay),
    };
  });
}
