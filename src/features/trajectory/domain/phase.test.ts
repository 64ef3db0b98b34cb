import { describe, expect, it } from "vitest";
import { endOfDay, startOfDay } from "../../../lib/time/school-date.js";
import { addMonths } from "../../../lib/time/school-date.js";
import { reachedThresholds } from "./deadline.js";
import {
  parentPhase,
  trajectoryState,
  type LinkedMeasurement,
  type SessionFact,
  type SkippableStep,
  type TrajectoryFacts,
} from "./phase.js";

const measurement = (
  kind: LinkedMeasurement["kind"],
  status: LinkedMeasurement["status"],
  from: string,
  to: string,
) => ({
  kind,
  status,
  opensAt: startOfDay(from),
  closesAt: endOfDay(to),
});
const baselineClosed = measurement("baseline", "closed", "2026-09-01", "2026-09-21");
const held = (line: SessionFact["line"], heldOn: string): SessionFact => ({ line, status: "held", heldOn });
const planned = (line: SessionFact["line"], heldOn: string | null = null): SessionFact => ({
  line,
  status: "planned",
  heldOn,
});

function facts(over: Partial<TrajectoryFacts> = {}, skipped: SkippableStep[] = []): TrajectoryFacts {
  return {
    startedOn: "2026-08-31",
    measurements: [],
    sessions: [],
    skipped: new Set(skipped),
    planPublishedOn: null,
    certifiedOn: null,
    ...over,
  };
}

const today = "2026-10-01";
const stateOf = (f: TrajectoryFacts, on = today) => trajectoryState(f, on);
const stepStates = (f: TrajectoryFacts, on = today) =>
  Object.fromEntries(stateOf(f, on).steps.map((s) => [s.step, s.state]));

describe("the phase follows from what happened", () => {
  it("starts with the nulmeting, which an open measurement does not finish", () => {
    expect(stateOf(facts()).phase).toBe("start");
    expect(stateOf(facts({ measurements: [measurement("baseline", "open", "2026-09-01", "2026-10-20")] })).phase).toBe(
      "start",
    );
  });

  it("moves to the two lines once the nulmeting has closed, and records the day it closed", () => {
    const state = stateOf(facts({ measurements: [baselineClosed] }));
    expect(state.phase).toBe("lines");
    expect(state.steps[0]).toMatchObject({ step: "baseline", state: "done", doneOn: "2026-09-21" });
    expect(stepStates(facts({ measurements: [baselineClosed] }))).toMatchObject({
      schoolLine: "current",
      parentLine: "current",
      plan: "upcoming",
    });
  });

  it("keeps a line open while a session on it is still planned, or none was held", () => {
    const base = { measurements: [baselineClosed] };
    const onlyPlanned = facts({ ...base, sessions: [planned("school"), held("parents", "2026-09-25")] });
    expect(stepStates(onlyPlanned)).toMatchObject({ schoolLine: "current", parentLine: "done" });
    const skippedOnly = facts({ ...base, sessions: [{ line: "school", status: "skipped", heldOn: null }] });
    expect(stepStates(skippedOnly).schoolLine).toBe("current");
  });

  it("reaches the plan when both lines are done, and carrying out once the plan is published", () => {
    const lines = {
      measurements: [baselineClosed],
      sessions: [held("school", "2026-09-24"), held("school", "2026-09-28"), held("parents", "2026-09-29")],
    };
    const atPlan = stateOf(facts(lines));
    expect(atPlan.phase).toBe("plan");
    expect(atPlan.steps.find((s) => s.step === "schoolLine")?.doneOn).toBe("2026-09-28");
    expect(stateOf(facts({ ...lines, planPublishedOn: "2026-09-30" })).phase).toBe("carryingOut");
  });

  it("is the eindmeting once it opens, certification once it closed, and certified at the end", () => {
    const done = {
      measurements: [baselineClosed],
      sessions: [held("school", "2026-09-24"), held("parents", "2026-09-29")],
      planPublishedOn: "2026-09-30",
    };
    const final = (status: LinkedMeasurement["status"]) =>
      measurement("final", status, "2028-05-01", "2028-05-21") satisfies LinkedMeasurement;
    expect(stateOf(facts({ ...done, measurements: [baselineClosed, final("scheduled")] })).phase).toBe("carryingOut");
    expect(stateOf(facts({ ...done, measurements: [baselineClosed, final("open")] })).phase).toBe("final");
    const closed = facts({ ...done, measurements: [baselineClosed, final("closed")] });
    expect(stateOf(closed).phase).toBe("certification");
    expect(stateOf({ ...closed, certifiedOn: "2028-06-10" }).phase).toBe("certified");
  });

  it("stays at the first open step even when later things already happened", () => {
    const early = facts({ measurements: [measurement("final", "closed", "2026-09-01", "2026-09-10")] });
    expect(stateOf(early).phase).toBe("start");
    expect(stepStates(early)).toMatchObject({ baseline: "current", final: "done" });
  });
});

describe("where parents read the school stands", () => {
  const parentsOf = (f: TrajectoryFacts) => parentPhase(stateOf(f).steps);
  const finalClosed = measurement("final", "closed", "2028-05-01", "2028-05-21");

  it("follows the furthest step parents take part in, past a team session still planned", () => {
    const teamLate = facts({
      measurements: [baselineClosed, finalClosed],
      sessions: [held("school", "2026-09-24"), planned("school", "2028-06-30"), held("parents", "2026-09-29")],
      planPublishedOn: "2026-09-30",
    });
    expect(stateOf(teamLate).phase).toBe("lines");
    expect(parentsOf(teamLate)).toBe("certification");
    expect(parentsOf({ ...teamLate, measurements: [baselineClosed] })).toBe("carryingOut");
    expect(parentsOf({ ...teamLate, certifiedOn: "2028-06-10" })).toBe("certified");
  });

  it("starts where the staff do, and stays at the lines while a parent evening is planned", () => {
    expect(parentsOf(facts())).toBe("start");
    expect(parentsOf(facts({ measurements: [baselineClosed] }))).toBe("lines");
    const parentsPlanned = facts({
      measurements: [baselineClosed],
      sessions: [held("school", "2026-09-24"), planned("parents", "2026-10-29")],
    });
    expect(parentsOf(parentsPlanned)).toBe("lines");
    expect(parentsOf(facts({ measurements: [baselineClosed] }, ["parentLine"]))).toBe("plan");
  });
});

describe("skipping a step", () => {
  it("passes over a skipped step to the next one", () => {
    expect(stateOf(facts({}, ["baseline"])).phase).toBe("lines");
    expect(stateOf(facts({}, ["baseline", "schoolLine", "parentLine"])).phase).toBe("plan");
    expect(stepStates(facts({}, ["baseline"])).baseline).toBe("skipped");
  });

  it("counts what happened over a skip: a closed nulmeting is done, not skipped", () => {
    expect(stepStates(facts({ measurements: [baselineClosed] }, ["baseline"])).baseline).toBe("done");
  });

  it("ends carrying out when the eindmeting is skipped", () => {
    const all: SkippableStep[] = ["baseline", "schoolLine", "parentLine", "plan", "final"];
    expect(stateOf(facts({}, all)).phase).toBe("certification");
  });
});

describe("the eindmeting's deadline", () => {
  it("is 24 months after the nulmeting closed, or after the start while there is none", () => {
    expect(stateOf(facts()).finalDueOn).toBe("2028-08-31");
    expect(stateOf(facts({ measurements: [baselineClosed] })).finalDueOn).toBe("2028-09-21");
  });

  it("warns from three months before, then one month before, then overdue", () => {
    const f = facts({ measurements: [baselineClosed] });
    expect(stateOf(f, "2028-06-20").warnings).toEqual([]);
    expect(stateOf(f, "2028-06-21").warnings).toEqual(["3m"]);
    expect(stateOf(f, "2028-08-21").warnings).toEqual(["3m", "1m"]);
    expect(stateOf(f, "2028-09-21").warnings).toEqual(["3m", "1m"]);
    const late = stateOf(f, "2028-09-22");
    expect(late.warnings).toEqual(["3m", "1m", "overdue"]);
    expect(late.steps.find((s) => s.step === "final")).toMatchObject({ overdue: true, dueOn: "2028-09-21" });
  });

  it("stops warning once the eindmeting is done or skipped", () => {
    const closed = measurement("final", "closed", "2028-05-01", "2028-05-21");
    expect(stateOf(facts({ measurements: [baselineClosed, closed] }), "2028-10-01").warnings).toEqual([]);
    expect(stateOf(facts({ measurements: [baselineClosed] }, ["final"]), "2028-10-01").warnings).toEqual([]);
    const final = stateOf(facts({ measurements: [baselineClosed, closed] }), "2028-10-01").steps.at(-2);
    expect(final).toMatchObject({ step: "final", state: "done", dueOn: null, overdue: false });
  });

  it("adds months within the month and across years", () => {
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2028-01-15", -3)).toBe("2027-10-15");
    expect(reachedThresholds("2028-09-21", "2028-09-21")).toEqual(["3m", "1m"]);
  });
});

describe("overdue sessions", () => {
  it("counts planned sessions whose day has passed", () => {
    const f = facts({
      sessions: [planned("school", "2026-09-30"), planned("parents", "2026-10-01"), planned("school")],
    });
    expect(stateOf(f).overdueSessions).toBe(1);
  });
});
