import { describe, expect, it } from "vitest";
import { drawSample, type Candidate } from "./sample.js";

const members = (n: number, province: string, types: string[], prefix: string): Candidate[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    province,
    children: types.map((schoolType) => ({ schoolType, year: 1 })),
  }));

const seeded = (seed: number) => () => {
  seed = (seed * 16807) % 2147483647;
  return (seed - 1) / 2147483646;
};

describe("drawing a stratified sample", () => {
  const candidates = [
    ...members(12, "utrecht", ["primary"], "up"),
    ...members(3, "utrecht", ["secondary"], "us"),
    ...members(8, "zeeland", ["primary"], "zp"),
    ...members(4, "zeeland", ["primary", "secondary"], "zb"),
  ];

  it("draws n per stratum, each member once, the small strata first", () => {
    const drawn = drawSample(
      candidates,
      { provinces: ["utrecht", "zeeland"], schoolTypes: ["primary", "secondary"], perStratum: 5 },
      [],
      [],
      seeded(7),
    );
    const per = (p: string, s: string) => drawn.filter((d) => d.province === p && d.schoolType === s).length;
    expect(per("utrecht", "primary")).toBe(5);
    expect(per("utrecht", "secondary")).toBe(3);
    expect(per("zeeland", "secondary")).toBe(4);
    expect(per("zeeland", "primary")).toBe(5);
    expect(new Set(drawn.map((d) => d.memberId)).size).toBe(drawn.length);
    // Members in the secondary stratum of Zeeland were all drawn there (the smaller stratum first).
    expect(drawn.filter((d) => d.memberId.startsWith("zb")).every((d) => d.schoolType === "secondary")).toBe(true);
  });

  it("draws every member of the chosen strata without a number, and only those", () => {
    const drawn = drawSample(
      candidates,
      { provinces: ["zeeland"], schoolTypes: [], perStratum: null },
      ["utrecht", "zeeland"],
      ["primary", "secondary"],
      seeded(3),
    );
    expect(drawn).toHaveLength(12);
    expect(drawn.every((d) => d.province === "zeeland")).toBe(true);
  });

  it("draws nobody from a stratum without members", () => {
    expect(
      drawSample(candidates, { provinces: ["limburg"], schoolTypes: [], perStratum: 3 }, [], ["primary"], seeded(1)),
    ).toEqual([]);
  });
});
