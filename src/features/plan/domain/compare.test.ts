import { describe, expect, it } from "vitest";
import { translator } from "../../../web/i18n/index.js";
import "../../index.js";
import { compareLines, planLines } from "./compare.js";
import type { PlanSnapshot } from "./snapshot.js";

const t = translator("nl");
const base: PlanSnapshot = {
  vision: "Ouders zijn welkom.\n\nWe luisteren eerst.",
  goals: [
    {
      id: "g1",
      domain: "information",
      title: "Ouders horen het op tijd",
      baseline: { group: "parents", current: 2.94, desired: 4.1 },
    },
  ],
  actions: [
    {
      id: "a1",
      domain: "involvement",
      title: "Koffieochtend",
      details: "",
      owner: "together",
      responsible: "Karim",
      dueOn: "2027-03-01",
      status: "planned",
      ideaIds: ["i1"],
    },
  ],
};

describe("comparing two versions of the plan", () => {
  it("writes a version out as lines a reader understands, figures in Dutch", () => {
    expect(planLines(base, t, "nl")).toEqual([
      "Visie op partnerschap: Ouders zijn welkom.",
      "Visie op partnerschap: We luisteren eerst.",
      expect.stringMatching(/^Doel \(.+\): Ouders horen het op tijd \(nulmeting ouders: nu 2,9, gewenst 4,1\)$/),
      expect.stringMatching(
        /^Actie \(.+\): Koffieochtend · Wie doet het\?: Samen · Verantwoordelijk: Karim · Klaar op: 1 maart 2027 · Stand van zaken: Gepland · 1 idee van ouders$/,
      ),
    ]);
  });

  it("marks a changed action as its old line removed and its new line added, the rest kept", () => {
    const changed: PlanSnapshot = { ...base, actions: [{ ...base.actions[0]!, status: "underway" }] };
    const lines = compareLines(planLines(base, t, "nl"), planLines(changed, t, "nl"));
    expect(lines.map((l) => l.kind)).toEqual(["same", "same", "same", "removed", "added"]);
    expect(lines[3]!.text).toContain("Gepland");
    expect(lines[4]!.text).toContain("Bezig");
    expect(compareLines(["a"], ["a"])).toEqual([{ kind: "same", text: "a" }]);
  });
});
