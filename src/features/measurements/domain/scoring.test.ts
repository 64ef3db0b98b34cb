import { describe, expect, it } from "vitest";
import { instrumentV1 as instrument } from "../instrument/v1.js";
import { many, respond } from "./fixtures.js";
import type { ExtraItem } from "./instrument.js";
import { LARGE_PERCEPTION_DIFFERENCE, perceptionDifferences } from "./perception.js";
import { scoreResponses, type CellScore } from "./scoring.js";
import { mergeTallies, tallyResponses } from "./tally.js";

const domainOf = (score: CellScore, domain: string) => score.domains.find((d) => d.domain === domain)!;
const itemOf = (score: CellScore, id: string) => score.items.find((i) => i.itemId === id)!;

describe("scoring a group", () => {
  // Worked out by hand below; "null" is "don't know".
  const responses = [
    respond("parents", { "parents.vision.1": [2, 5], "parents.vision.2": [4, 5] }),
    respond("parents", { "parents.vision.1": [3, 4], "parents.vision.2": [null, null] }),
    respond("parents", { "parents.vision.1": [null, 5] }),
  ];
  const score = scoreResponses({ instrument, group: "parents", responses });

  it("gives per item n, means, gap, share positive and the distribution", () => {
    expect(itemOf(score, "parents.vision.1")).toMatchObject({
      respondents: 3,
      current: {
        answered: 3,
        valid: 2,
        mean: 2.5,
        positiveShare: 0,
        distribution: { values: [0, 1, 1, 0, 0], dontKnow: 1 },
      },
      desired: { answered: 3, valid: 3, positiveShare: 1, distribution: { values: [0, 0, 0, 1, 2], dontKnow: 0 } },
    });
    expect(itemOf(score, "parents.vision.1").desired.mean).toBeCloseTo(14 / 3);
    expect(itemOf(score, "parents.vision.1").gap).toBeCloseTo(14 / 3 - 2.5);
    expect(itemOf(score, "parents.vision.2")).toMatchObject({
      respondents: 2,
      current: { valid: 1, mean: 4, positiveShare: 1, distribution: { values: [0, 0, 0, 1, 0], dontKnow: 1 } },
      desired: { valid: 1, mean: 5 },
      gap: 1,
    });
  });

  it("pools a domain's answers: don't know counts in the distribution, not in the mean", () => {
    const vision = domainOf(score, "vision");
    expect(vision).toMatchObject({
      respondents: 3,
      current: { answered: 5, valid: 3, mean: 3, distribution: { values: [0, 1, 1, 1, 0], dontKnow: 2 } },
      desired: { answered: 5, valid: 4, mean: 4.75, positiveShare: 1 },
      gap: 1.75,
    });
    expect(vision.current.positiveShare).toBeCloseTo(1 / 3);
  });

  it("leaves figures empty where nobody answered", () => {
    expect(score.respondents).toBe(3);
    expect(domainOf(score, "learning")).toMatchObject({
      respondents: 0,
      current: { answered: 0, mean: null, positiveShare: null },
      gap: null,
    });
    expect(score.changeCapacity).toBeNull();
  });

  it("counts a respondent who only said \"don't know\" in the domain's n, not in its mean", () => {
    const s = scoreResponses({
      instrument,
      group: "parents",
      responses: [
        respond("parents", { "parents.learning.1": [null, null] }),
        respond("parents", { "parents.learning.1": [4, 5] }),
      ],
    });
    expect(domainOf(s, "learning")).toMatchObject({ respondents: 2, current: { valid: 1, mean: 4 } });
  });
});

describe("the three-point scale of young children", () => {
  it("maps sad, neutral, happy to 1, 3, 5: only happy is positive, and no desired is asked", () => {
    const score = scoreResponses({
      instrument,
      group: "young",
      responses: [1, 2, 3, 3].map((face) => respond("young", { "young.behaviour.1": [face] })),
    });
    expect(score.points).toBe(3);
    expect(itemOf(score, "young.behaviour.1")).toMatchObject({
      current: { mean: 3.5, positiveShare: 0.5, distribution: { values: [1, 1, 2], dontKnow: 0 } },
      desired: { answered: 0, mean: null },
      gap: null,
    });
  });

  it("refuses a value off the scale", () => {
    const score = (value: number) => () =>
      scoreResponses({ instrument, group: "young", responses: [respond("young", { "young.vision.1": [value] })] });
    expect(score(4)).toThrow(RangeError);
    expect(score(0)).toThrow(RangeError);
  });
});

describe("bad data", () => {
  it("refuses values off the five-point scale, unknown items and responses of another group", () => {
    const parents = (answers: Parameters<typeof respond>[1]) => () =>
      scoreResponses({ instrument, group: "parents", responses: [respond("parents", answers)] });
    expect(parents({ "parents.vision.1": [6, 5] })).toThrow(/not on the 5-point scale/);
    expect(parents({ "parents.vision.1": [2.5, 5] })).toThrow(RangeError);
    expect(parents({ "team.vision.1": [3, 5] })).toThrow(/not an item for parents/);
    expect(() =>
      scoreResponses({ instrument, group: "parents", responses: [respond("team", { "team.vision.1": [3, 4] })] }),
    ).toThrow(/team response/);
    const tampered = { group: "parents" as const, answers: {}, openAnswers: JSON.parse('{"admin":"x"}') as object };
    expect(() => scoreResponses({ instrument, group: "parents", responses: [tampered] })).toThrow(/not a domain/);
  });
});

describe("capacity for change", () => {
  it("summarises time, support and readiness from the team's answers on how it is now", () => {
    const score = scoreResponses({
      instrument,
      group: "team",
      responses: [
        respond("team", {
          "team.capacity.time.1": [2],
          "team.capacity.time.2": [3],
          "team.capacity.support.1": [4],
          "team.capacity.support.2": [5],
          "team.capacity.readiness.1": [5],
          "team.capacity.readiness.2": [null],
        }),
      ],
    });
    const aspects = Object.fromEntries(score.changeCapacity!.aspects.map((a) => [a.aspect, a.summary]));
    expect(aspects.time).toMatchObject({ mean: 2.5, positiveShare: 0 });
    expect(aspects.support).toMatchObject({ mean: 4.5, positiveShare: 1 });
    expect(aspects.readiness).toMatchObject({ answered: 2, valid: 1, mean: 5 });
    expect(score.changeCapacity!.overall).toMatchObject({ valid: 5, mean: 3.8, positiveShare: 0.6 });
    expect(score.items.some((item) => item.itemId.includes("capacity"))).toBe(false);
  });
});

describe("a school's own items", () => {
  it("are scored per item and left out of the domain figures", () => {
    const extras: ExtraItem[] = [
      { id: "extra.lunch", group: "parents", domain: "involvement", text: { nl: "Lunch", en: "Lunch" } },
    ];
    const score = scoreResponses({
      instrument,
      extras,
      group: "parents",
      responses: [respond("parents", { "parents.involvement.1": [4, 4], "extra.lunch": [1, 5] })],
    });
    expect(itemOf(score, "extra.lunch")).toMatchObject({ extra: true, domain: "involvement", gap: 4 });
    expect(domainOf(score, "involvement")).toMatchObject({ current: { mean: 4 }, gap: 0 });
  });
});

describe("tallies", () => {
  it("of two classes add up to the tally of both", () => {
    const a = [respond("parents", { "parents.vision.1": [2, 5] }, { openAnswers: { vision: "Meer uitleg" } })];
    const b = [...many(3, "parents", { "parents.vision.1": [null, 4], "parents.learning.2": [5, 5] })];
    const tally = (responses: typeof a) => tallyResponses({ instrument, group: "parents", responses });
    expect(mergeTallies(5, [tally(a), tally(b)])).toEqual(tally([...a, ...b]));
  });

  it("sort open answers, so their order says nothing about who wrote them", () => {
    const score = scoreResponses({
      instrument,
      group: "parents",
      responses: ["Zo", "Anders", "  ", "Beter"].map((text) =>
        respond("parents", {}, { openAnswers: { vision: text } }),
      ),
    });
    expect(score.openAnswers.vision).toEqual(["Anders", "Beter", "Zo"]);
  });
});

describe("perception differences", () => {
  it(`flag a difference of ${LARGE_PERCEPTION_DIFFERENCE} or more between team and parents`, () => {
    const team = scoreResponses({
      instrument,
      group: "team",
      responses: [respond("team", { "team.vision.1": [2, 5], "team.behaviour.1": [4, 5], "team.learning.1": [3, 4] })],
    });
    const parents = scoreResponses({
      instrument,
      group: "parents",
      responses: [3, 3, 3, 2].map((v) =>
        respond("parents", { "parents.vision.1": [v, 4], "parents.behaviour.1": [v + 1] }),
      ),
    });
    const differences = perceptionDifferences(team, parents);
    expect(differences.map((d) => d.domain)).toEqual(["vision", "behaviour"]);
    expect(differences[0]).toMatchObject({ groups: ["team", "parents"], current: 0.75, desired: -1, large: true });
    expect(differences[1]).toMatchObject({ current: -0.25, desired: null, large: false });
  });
});
