import { describe, expect, it } from "vitest";
import { instrumentV1 as instrument } from "../instrument/v1.js";
import { many, respond } from "./fixtures.js";
import { measurementResults, type Cell } from "./results.js";

const child = (cell: Cell | undefined, id: string) => cell?.children.find((c) => c.id === id);
const visionMean = (cell: Cell | undefined) =>
  cell?.visible ? cell.score.domains.find((d) => d.domain === "vision")?.current.mean : undefined;

describe("measurement results", () => {
  it("show a group of 5 and hide a group of 4, without computing its figures", () => {
    const results = measurementResults({
      instrument,
      responses: [
        ...many(5, "team", { "team.vision.1": [3, 5] }),
        ...many(4, "parents", { "parents.vision.1": [2, 5] }),
      ],
    });
    expect(results.threshold).toBe(5);
    expect(results.groups.team).toMatchObject({ id: "team", respondents: 5, visible: true });
    expect(results.groups.parents).toEqual({
      id: "parents",
      respondents: 4,
      children: [],
      visible: false,
      reason: "too-few",
    });
    expect(results.groups.pupils).toBeUndefined();
    expect(results.perception).toEqual([]);
  });

  it("hide group 7 when its figures and the school's would reveal the other 4 parents", () => {
    const results = measurementResults({
      instrument,
      responses: [
        ...many(19, "parents", { "parents.vision.1": [4, 5] }, { subgroup: "g7" }),
        ...many(2, "parents", { "parents.vision.1": [1, 5] }, { subgroup: "g5" }),
        ...many(2, "parents", { "parents.vision.1": [1, 5] }),
      ],
      subgroups: { parents: [{ id: "g5" }, { id: "g6" }, { id: "g7" }] },
    });
    const parents = results.groups.parents;
    expect(parents).toMatchObject({ respondents: 23, visible: true });
    expect(visionMean(parents)).toBeCloseTo((19 * 4 + 4 * 1) / 23);
    expect(child(parents, "g7")).toMatchObject({ respondents: 19, visible: false, reason: "protects-others" });
    expect(child(parents, "g5")).toMatchObject({ respondents: 2, visible: false, reason: "too-few" });
    expect(child(parents, "g6")).toMatchObject({ respondents: 0, visible: false, reason: "too-few" });
  });

  it("show classes when every remainder is large enough, with a raised threshold", () => {
    const responses = [
      ...many(6, "pupils", { "pupils.vision.1": [2, 4] }, { subgroup: "7a" }),
      ...many(6, "pupils", { "pupils.vision.1": [4, 4] }, { subgroup: "7b" }),
      ...many(5, "pupils", { "pupils.vision.1": [5, 5] }, { subgroup: "8a" }),
    ];
    const subgroups = { pupils: [{ id: "year7", children: [{ id: "7a" }, { id: "7b" }] }, { id: "8a" }] };
    const at5 = measurementResults({ instrument, responses, subgroups }).groups.pupils;
    expect(visionMean(child(child(at5, "year7"), "7a"))).toBe(2);
    expect(visionMean(child(at5, "year7"))).toBe(3);
    expect(visionMean(child(at5, "8a"))).toBe(5);

    const at6 = measurementResults({ instrument, responses, subgroups, threshold: 6 }).groups.pupils;
    expect(child(at6, "8a")).toMatchObject({ visible: false, reason: "too-few" });
    // With 8a hidden, showing year 7 would give away 8a's 5 pupils by subtraction.
    expect(child(at6, "year7")).toMatchObject({ visible: false, reason: "protects-others" });
    // …and so would showing both classes; of two equal classes the first gives way.
    expect(child(child(at6, "year7"), "7a")).toMatchObject({ visible: false, reason: "protects-others" });
    expect(visionMean(child(child(at6, "year7"), "7b"))).toBe(4);
  });

  it("refuse a threshold below 5", () => {
    expect(() => measurementResults({ instrument, responses: [], threshold: 4 })).toThrow(RangeError);
  });

  it("give open answers only with a whole group that may be shown, never per class", () => {
    const texts = ["Meer avonden", "Goed zo", "Prima", "Duidelijk", "Korter"];
    const answering = (subgroup: string) =>
      texts.map((text) => respond("parents", {}, { subgroup, openAnswers: { information: text } }));
    const subgroups = { parents: [{ id: "g7" }, { id: "g8" }] };

    const parents = measurementResults({ instrument, responses: [...answering("g7"), ...answering("g8")], subgroups })
      .groups.parents;
    expect(parents?.visible && parents.score.openAnswers.information).toHaveLength(10);
    const g7 = child(parents, "g7");
    expect(g7?.visible && g7.score.openAnswers).toEqual({});

    const few = measurementResults({ instrument, responses: answering("g7").slice(0, 4), subgroups }).groups.parents;
    expect(few).not.toHaveProperty("score");
  });

  it("compare team and parents only when both may be shown", () => {
    const results = measurementResults({
      instrument,
      responses: [
        ...many(5, "team", { "team.vision.1": [4, 5] }),
        ...many(6, "parents", { "parents.vision.1": [2, 5] }),
        ...many(3, "pupils", { "pupils.vision.1": [1, 5] }),
      ],
    });
    expect(results.perception).toEqual([
      { domain: "vision", groups: ["team", "parents"], current: -2, desired: 0, large: true },
    ]);
  });
});
