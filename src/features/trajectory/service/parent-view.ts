/**
 * The trajectory as a parent sees it: where the school is, in plain words, and the parent evenings
 * and joint sessions they are invited to (all parents, or a group of one of their children), the
 * coming ones with their day and goals, the held ones with their day. Nothing of the team's notes.
 */
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { schoolToday } from "../../../lib/time/school-date.js";
import { childrenOfGuardian } from "../../pupils/index.js";
import { trajectoryState, type Phase, type StepView } from "../domain/phase.js";
import { recordOf, type SessionRow } from "./facts.js";
import { activeTrajectory } from "./trajectories.js";

export interface ParentSession {
  topic: string;
  goals: string;
  heldOn: string | null;
  line: SessionRow["line"];
}

export interface ParentView {
  phase: Phase;
  steps: StepView[];
  coming: ParentSession[];
  held: ParentSession[];
}

const brief = ({ topic, goals, heldOn, line }: SessionRow): ParentSession => ({ topic, goals, heldOn, line });
const byDay = (a: ParentSession, b: ParentSession) => (a.heldOn ?? "9999").localeCompare(b.heldOn ?? "9999");

export function parentView(scope: ViewerScope, now: Date = new Date()): Promise<ParentView | null> {
  return inOrg(scope, async (tx) => {
    const trajectory = await activeTrajectory(tx, scope.orgId);
    if (!trajectory) return null;
    const record = await recordOf(tx, trajectory);
    const today = schoolToday(now);
    const groups = new Set((await childrenOfGuardian(tx, scope.orgId, scope.userId)).map((c) => c.groupId));
    const forMe = record.sessions.filter(
      (s) => s.line !== "school" && (s.groupIds.length === 0 || s.groupIds.some((id) => groups.has(id))),
    );
    const state = trajectoryState(record.facts, today);
    return {
      phase: state.phase,
      steps: state.steps,
      coming: forMe
        .filter((s) => s.status === "planned" && (s.heldOn === null || s.heldOn >= today))
        .map(brief)
        .sort(byDay),
      held: forMe
        .filter((s) => s.status === "held")
        .map(brief)
        .sort(byDay),
    };
  });
}
