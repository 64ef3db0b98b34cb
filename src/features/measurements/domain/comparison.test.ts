import { describe, expect, it } from "vitest";
import { instrumentV1 as instrument } from "../instrument/v1.js";
import { benchmark, compareMeasurements, type Contribution } from "./comparison.js";
import { many } from "./fixtures.js";
import type { MeasurementResponse } from "./tally.js";
import { measurementResults } from "./results.js";

const results = (responses: MeasurementResponse[]) => measurementResults({ instrument, responses });
const entry = <T extends { group: string; domain: string }>(list: T[], group: string, domain: string) =>
  list.find((e) => e.group === group && e.domain === domain);

describe("comparison over time", () => {
  const baseline = results([
    ...many(5, "parents", { "parents.vision.1": [2, 4] }),
    ...many(6, "team", { "team.vision.1": [3, 5] }),
  ]);
  const final = results([
    ...many(3, "parents", { "parents.vision.1": [4, 4] }),
    ...many(3, "parents", { "parents.vision.1": [2, 4] }),
    ...many(4, "team", { "team.vision.1": [5, 5] }),
    ...many(5, "pupils", { "pupils.vision.1": [4, 5] }),
  ]);
  const changes = compareMeasurements(baseline, final);

  it("shows the change per domain where both measurements may be shown", () => {
    expect(entry(changes, "parents", "vision")).toEqual({
      group: "parents",
      domain: "vision",
      comparable: true,
      before: { current: 2, desired: 4, gap: 2, positiveShare: 0 },
      after: { current: 3, desired: 4, gap: 1, positiveShare: 0.5 },
      change: { current: 1, desired: 0, gap: -1, positiveShare: 0.5 },
    });
    expect(entry(changes, "parents", "learning")).toMatchObject({
      comparable: true,
      change: { current: null, gap: null },
    });
  });

  it("is the difference of the figures as shown, rounded, so that they add up", () => {
    // Means 3.96 (24 × 4, one 3) and 4.24 (19 × 4, six 5), shown as 4,0 and 4,2: a change of 0.2, not 0.28.
    const before = results([
      ...many(24, "parents", { "parents.vision.1": [4, 5] }),
      ...many(1, "parents", { "parents.vision.1": [3, 5] }),
    ]);
    const after = results([
      ...many(19, "parents", { "parents.vision.1": [4, 5] }),
      ...many(6, "parents", { "parents.vision.1": [5, 5] }),
    ]);
    const [vision] = compareMeasurements(before, after).filter((c) => c.group === "parents" && c.domain === "vision");
    expect(vision).toMatchObject({ comparable: true, change: { current: 0.2 } });
  });

  it("says which side is missing where one may not be shown or was not asked", () => {
    expect(entry(changes, "team", "vision")).toMatchObject({ comparable: false, missing: "after" });
    expect(entry(changes, "pupils", "vision")).toMatchObject({ comparable: false, missing: "before" });
    expect(entry(changes, "young", "vision")).toBeUndefined();
  });
});

describe("benchmark", () => {
  const school = (id: string, current: number, count = 5, type = "primary"): Contribution => ({
    organisationId: id,
    organisationType: type,
    results: results(many(count, "parents", { "parents.vision.1": [current, 5] })),
  });

  it("averages organisations of the same type, each counting once, from five organisations", () => {
    const entries = benchmark({
      organisationType: "primary",
      contributions: [
        school("a", 1, 50),
        school("b", 2),
        school("c", 3),
        school("d", 4),
        school("e", 5),
        school("x", 1, 5, "secondary"),
      ],
    });
    expect(entry(entries, "parents", "vision")).toMatchObject({
      organisations: 5,
      shown: true,
      figures: { current: 3, desired: 5, gap: 2, positiveShare: 0.4 },
    });
    expect(entry(entries, "team", "vision")).toEqual({
      group: "team",
      domain: "vision",
      organisations: 0,
      shown: false,
    });
  });

  it("shows nothing with four organisations, or when one's group is too small to count", () => {
    const four = [school("a", 1), school("b", 2), school("c", 3), school("d", 4)];
    const onlyFour = benchmark({ organisationType: "primary", contributions: four });
    expect(entry(onlyFour, "parents", "vision")).toEqual({
      group: "parents",
      domain: "vision",
      organisations: 4,
      shown: false,
    });
    const withSmall = benchmark({ organisationType: "primary", contributions: [...four, school("e", 5, 4)] });
    expect(entry(withSmall, "parents", "vision")).toMatchObject({ organisations: 4, shown: false });
  });

  it("takes one measurement per organisation", () => {
    expect(() => benchmark({ organisationType: "primary", contributions: [school("a", 1), school("a", 2)] })).toThrow(
      /one measurement/,
    );
  });
});
