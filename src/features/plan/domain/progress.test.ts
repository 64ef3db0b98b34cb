import { describe, expect, it } from "vitest";
import { isOverdue, percentDone, progressBy, progressOf } from "./progress.js";
import type { ActionSnapshot } from "./snapshot.js";

const action = (over: Partial<ActionSnapshot>): ActionSnapshot => ({
  id: crypto.randomUUID(),
  domain: "involvement",
  title: "Actie",
  details: "",
  owner: "school",
  responsible: "",
  dueOn: null,
  status: "planned",
  ideaIds: [],
  ...over,
});

describe("the plan's progress", () => {
  it("counts done, under way and overdue among the actions that were not stopped", () => {
    const actions = [
      action({ status: "done", dueOn: "2026-01-01" }),
      action({ status: "underway", dueOn: "2026-01-01" }),
      action({ status: "planned", dueOn: "2026-12-31" }),
      action({ status: "dropped", dueOn: "2026-01-01" }),
    ];
    expect(progressOf(actions, "2026-06-01")).toEqual({ total: 3, done: 1, underway: 1, overdue: 1 });
    expect(percentDone(progressOf(actions, "2026-06-01"))).toBe(33);
    expect(percentDone(progressOf([], "2026-06-01"))).toBeNull();
  });

  it("is overdue only after its day, and never when done or stopped", () => {
    expect(isOverdue({ dueOn: "2026-06-01", status: "planned" }, "2026-06-01")).toBe(false);
    expect(isOverdue({ dueOn: "2026-06-01", status: "planned" }, "2026-06-02")).toBe(true);
    expect(isOverdue({ dueOn: "2026-06-01", status: "done" }, "2026-06-02")).toBe(false);
    expect(isOverdue({ dueOn: "2026-06-01", status: "dropped" }, "2026-06-02")).toBe(false);
    expect(isOverdue({ dueOn: null, status: "planned" }, "2026-06-02")).toBe(false);
  });

  it("groups by owner in the given order, leaving out owners without actions", () => {
    const actions = [
      action({ owner: "together", status: "done" }),
      action({ owner: "school" }),
      action({ owner: "together" }),
    ];
    const rows = progressBy(actions, ["school", "parents", "together"] as const, (a) => a.owner, "2026-06-01");
    expect(rows.map((r) => [r.key, r.progress.done, r.progress.total])).toEqual([
      ["school", 0, 1],
      ["together", 1, 2],
    ]);
  });
});
