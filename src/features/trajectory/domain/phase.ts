/**
 * Where a trajectory stands, from what has happened: a closed nulmeting, sessions held on the
 * school line and the parent line, a published plan, an eindmeting opened and closed, a
 * certificate. No one sets the phase; staff can only mark a step skipped, with a reason. The
 * phase is the first step that is neither done nor skipped (both lines together are one phase).
 */
import { lastDay, schoolDate } from "../../../lib/time/school-date.js";
import { finalDueOn, reachedThresholds, type WarningThreshold } from "./deadline.js";

export const steps = ["baseline", "schoolLine", "parentLine", "plan", "carryingOut", "final", "certification"] as const;
export type Step = (typeof steps)[number];

/** Steps staff may skip; carrying out and certification follow from the others. */
export const skippableSteps = ["baseline", "schoolLine", "parentLine", "plan", "final"] as const;
export type SkippableStep = (typeof skippableSteps)[number];

export const phases = ["start", "lines", "plan", "carryingOut", "final", "certification", "certified"] as const;
export type Phase = (typeof phases)[number];

const phaseOfStep: Record<Step, Phase> = {
  baseline: "start",
  schoolLine: "lines",
  parentLine: "lines",
  plan: "plan",
  carryingOut: "carryingOut",
  final: "final",
  certification: "certification",
};

export type SessionLine = "school" | "parents" | "joint";
export type SessionStatus = "planned" | "held" | "skipped";
export type MeasurementKind = "baseline" | "interim" | "final" | "poll";
export type MeasurementStatus = "scheduled" | "open" | "closed";

export interface LinkedMeasurement {
  kind: MeasurementKind;
  status: MeasurementStatus;
  opensAt: Date;
  closesAt: Date;
}

export interface SessionFact {
  line: SessionLine;
  status: SessionStatus;
  /** School date; null while not planned. */
  heldOn: string | null;
}

/** Everything the phase follows from. */
export interface TrajectoryFacts {
  /** The school date it started. */
  startedOn: string;
  measurements: readonly LinkedMeasurement[];
  sessions: readonly SessionFact[];
  skipped: ReadonlySet<SkippableStep>;
  /** From the plan (a later part); null while unpublished. */
  planPublishedOn: string | null;
  /** From certification (a later part); null until awarded. */
  certifiedOn: string | null;
}

export type StepState = "done" | "skipped" | "current" | "upcoming";

export interface StepView {
  step: Step;
  state: StepState;
  /** The school date it was done, when known. */
  doneOn: string | null;
  /** Only the eindmeting has a deadline, and only until it is done or skipped. */
  dueOn: string | null;
  overdue: boolean;
}

export interface TrajectoryState {
  phase: Phase;
  steps: StepView[];
  /** The last day the eindmeting may close. */
  finalDueOn: string;
  /** The deadline warnings reached today, in order; empty once the eindmeting is done or skipped. */
  warnings: WarningThreshold[];
  /** Sessions whose day has passed without being recorded as held or skipped. */
  overdueSessions: number;
}

type Done = { done: true; on: string | null } | { done: false };

const earliest = (dates: readonly string[]) => (dates.length ? [...dates].sort()[0]! : null);
const latest = (dates: readonly string[]) => (dates.length ? [...dates].sort().at(-1)! : null);

function closedOn(facts: TalliedFacts, kind: MeasurementKind): Done {
  const closed = facts.measurements.filter((m) => m.kind === kind && m.status === "closed");
  return closed.length ? { done: true, on: earliest(closed.map((m) => lastDay(m.closesAt))) } : { done: false };
}

/** What the phase reads of one line's sessions. */
export interface LineTally {
  held: number;
  planned: number;
  /** The latest day a held session has; null without one. */
  lastHeldOn: string | null;
}

/**
 * What the phase reads of the sessions, counted: per line (the joint sessions count for neither)
 * and the planned sessions whose day passed before `today`. The advisor's workspace counts these
 * in SQL (trajectory/service/across.ts) instead of reading every session.
 */
export interface SessionsTally {
  school: LineTally;
  parents: LineTally;
  overdue: number;
}

/** The facts with the sessions counted (tallySessions) rather than listed. */
export type TalliedFacts = Omit<TrajectoryFacts, "sessions"> & { sessions: SessionsTally };

function lineTally(sessions: readonly SessionFact[], line: SessionLine): LineTally {
  const own = sessions.filter((s) => s.line === line);
  const held = own.filter((s) => s.status === "held");
  return {
    held: held.length,
    planned: own.filter((s) => s.status === "planned").length,
    lastHeldOn: latest(held.flatMap((s) => (s.heldOn ? [s.heldOn] : []))),
  };
}

export function tallySessions(sessions: readonly SessionFact[], today: string): SessionsTally {
  return {
    school: lineTally(sessions, "school"),
    parents: lineTally(sessions, "parents"),
    overdue: sessions.filter((s) => s.status === "planned" && s.heldOn !== null && s.heldOn < today).length,
  };
}

/** A line is done once it has a session held and nothing left planned. */
function lineDone(line: LineTally): Done {
  if (!line.held || line.planned) return { done: false };
  return { done: true, on: line.lastHeldOn };
}

/** Carrying out ends when the eindmeting begins (or is skipped). */
function finalStarted(facts: TalliedFacts): Done {
  const started = facts.measurements.filter((m) => m.kind === "final" && m.status !== "scheduled");
  if (started.length) return { done: true, on: earliest(started.map((m) => schoolDate(m.opensAt))) };
  return facts.skipped.has("final") ? { done: true, on: null } : { done: false };
}

function doneOf(facts: TalliedFacts, step: Step): Done {
  switch (step) {
    case "baseline":
      return closedOn(facts, "baseline");
    case "schoolLine":
      return lineDone(facts.sessions.school);
    case "parentLine":
      return lineDone(facts.sessions.parents);
    case "plan":
      return facts.planPublishedOn ? { done: true, on: facts.planPublishedOn } : { done: false };
    case "carryingOut":
      return finalStarted(facts);
    case "final":
      return closedOn(facts, "final");
    case "certification":
      return facts.certifiedOn ? { done: true, on: facts.certifiedOn } : { done: false };
  }
}

const isSkippable = (step: Step): step is SkippableStep => (skippableSteps as readonly string[]).includes(step);

/**
 * Where the trajectory stands for parents: the phase after the furthest step settled (done or
 * skipped) that parents take part in, so the team's own line is left out. A team session still
 * planned keeps the staff at the lines (the rule above, so nothing is passed over unnoticed), but
 * parents would be invited to evenings that are over. Before anything else is settled it is the
 * staff's phase.
 */
export function parentPhase(views: readonly StepView[]): Phase {
  const settled = (v: StepView) => v.step !== "schoolLine" && (v.state === "done" || v.state === "skipped");
  const furthest = views.reduce((last, view, index) => (settled(view) ? index : last), -1);
  const next = views[furthest + 1];
  return next ? phaseOfStep[next.step] : "certified";
}

/** The trajectory's phase, each step's state and what is overdue, on the school date `today`. */
export function trajectoryState(facts: TrajectoryFacts, today: string): TrajectoryState {
  return talliedTrajectoryState({ ...facts, sessions: tallySessions(facts.sessions, today) }, today);
}

/** trajectoryState from the sessions counted for the same `today`. */
export function talliedTrajectoryState(facts: TalliedFacts, today: string): TrajectoryState {
  const baseline = closedOn(facts, "baseline");
  const dueOn = finalDueOn(baseline.done && baseline.on ? baseline.on : facts.startedOn);
  const settled = steps.map((step) => {
    const done = doneOf(facts, step);
    const skipped = !done.done && isSkippable(step) && facts.skipped.has(step);
    return { step, done, skipped };
  });
  const open = settled.find((s) => !s.done.done && !s.skipped);
  const phase = open ? phaseOfStep[open.step] : "certified";
  const views = settled.map(({ step, done, skipped }): StepView => {
    const state: StepState = done.done
      ? "done"
      : skipped
        ? "skipped"
        : phaseOfStep[step] === phase
          ? "current"
          : "upcoming";
    const pending = state === "current" || state === "upcoming";
    const due = step === "final" && pending ? dueOn : null;
    const overdue = due !== null && today > due;
    return { step, state, doneOn: done.done ? done.on : null, dueOn: due, overdue };
  });
  const finalSettled = views.find((v) => v.step === "final")!.state;
  const warnings = finalSettled === "done" || finalSettled === "skipped" ? [] : reachedThresholds(dueOn, today);
  return { phase, steps: views, finalDueOn: dueOn, warnings, overdueSessions: facts.sessions.overdue };
}
