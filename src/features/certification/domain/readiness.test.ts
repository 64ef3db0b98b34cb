import { describe, expect, it } from "vitest";
import { domainIds, type DomainId, type DomainMeans } from "../../measurements/index.js";
import { defaultCriteria } from "./criteria.js";
import { readiness, type ReadinessFacts, type SessionFact } from "./readiness.js";

const all = (mean: number) => Object.fromEntries(domainIds.map((d) => [d, mean])) as Record<DomainId, number>;

function means(team: Record<DomainId, number> | null, parents: Record<DomainId, number> | null): DomainMeans {
  const group = (m: Record<DomainId, number> | null) =>
    m
      ? { shown: true as const, respondents: 20, means: m }
      : { shown: false as const, reason: "too-few" as const, respondents: 3 };
  return { measurementId: "m", threshold: 5, team: group(team), parents: group(parents), teamTooSmall: false };
}

const sessions: SessionFact[] = [
  { line: "school", status: "held" },
  { line: "school", status: "held" },
  { line: "parents", status: "held" },
  { line: "joint", status: "held" },
];

const ready: ReadinessFacts = {
  baseline: means(all(3.2), all(3.4)),
  final: means(all(3.8), all(3.6)),
  planPublished: true,
  expectationsPublished: true,
  sessions,
};

const failing = (facts: ReadinessFacts) =>
  readiness(facts, defaultCriteria)
    .criteria.filter((c) => !c.met)
    .map((c) => (c.id === "domain" ? `${c.group}.${c.domain}` : c.id));

describe("readiness for the certificate", () => {
  it("is ready when every criterion holds, with a criterion per group and domain", () => {
    const result = readiness(ready, defaultCriteria);
    expect(result.ready).toBe(true);
    expect(result.criteria.filter((c) => c.id === "domain")).toHaveLength(2 * domainIds.length);
  });

  it("needs both measurements closed with team and parents above the threshold", () => {
    expect(failing({ ...ready, final: null })).toEqual([
      "final",
      ...domainIds.map((d) => `team.${d}`),
      ...domainIds.map((d) => `parents.${d}`),
    ]);
    expect(failing({ ...ready, baseline: means(all(3), null) })).toEqual(["baseline"]);
  });

  it("takes a team smaller than the threshold, invited as a whole, as enough, and never shows its figures", () => {
    const small = (parents: Record<DomainId, number> | null): DomainMeans => ({
      ...means(null, parents),
      teamTooSmall: true,
    });
    const facts = { ...ready, baseline: small(all(3.4)), final: small(all(3.6)) };
    const result = readiness(facts, defaultCriteria);
    expect(result.ready).toBe(true);
    expect(result.criteria.find((c) => c.id === "baseline")).toMatchObject({
      met: true,
      groups: [
        { group: "team", respondents: 3, shown: false, tooSmall: true },
        { group: "parents", shown: true, tooSmall: false },
      ],
    });
    const teamDomains = result.criteria.filter((c) => c.id === "domain" && c.group === "team");
    expect(teamDomains.every((c) => c.id === "domain" && c.met && c.tooSmall && c.current === null)).toBe(true);
    // Parents still need enough responses, however small the team.
    expect(failing({ ...facts, final: small(null) })).toEqual(["final", ...domainIds.map((d) => `parents.${d}`)]);
    // A team of the threshold or more that answered too little is not too small: it still fails.
    expect(failing({ ...ready, baseline: means(null, all(3.4)) })).toEqual(["baseline"]);
  });

  it("needs the plan and this year's expectations published", () => {
    expect(failing({ ...ready, planPublished: false, expectationsPublished: false })).toEqual(["plan", "expectations"]);
    expect(failing({ ...ready, planPublished: false })).toEqual(["plan"]);
  });

  it("counts held sessions per line, a joint session on both", () => {
    const result = readiness({ ...ready, sessions: sessions.slice(0, 3) }, defaultCriteria);
    expect(result.criteria.find((c) => c.id === "parentSessions")).toMatchObject({ met: false, held: 1, required: 2 });
    expect(result.criteria.find((c) => c.id === "schoolSessions")).toMatchObject({ met: true, held: 2 });
    const planned = readiness(
      { ...ready, sessions: [...sessions.slice(0, 3), { line: "joint", status: "planned" }] },
      defaultCriteria,
    );
    expect(planned.ready).toBe(false);
  });

  it("wants every domain at least at the minimum, judged as shown (two decimals)", () => {
    const low = { ...all(3.8), vision: 3.49 };
    expect(failing({ ...ready, final: means(low, all(3.6)) })).toEqual(["team.vision"]);
    expect(failing({ ...ready, final: means({ ...all(3.8), vision: 3.4999 }, all(3.6)) })).toEqual([]);
  });

  it("refuses a domain lower than at the nulmeting, unless the criteria allow it", () => {
    const facts = { ...ready, baseline: means({ ...all(3.2), information: 4.1 }, all(3.4)) };
    const result = readiness(facts, defaultCriteria);
    expect(
      result.criteria.find((c) => c.id === "domain" && c.group === "team" && c.domain === "information"),
    ).toMatchObject({
      met: false,
      declined: true,
      current: 3.8,
      baseline: 4.1,
    });
    expect(readiness(facts, { ...defaultCriteria, noDecline: false }).ready).toBe(true);
  });

  it("applies per-domain minimums the platform set", () => {
    const strict = { ...defaultCriteria, domainMinimums: { ...defaultCriteria.domainMinimums, learning: 3.7 } };
    expect(failing({ ...ready, final: means(all(3.8), all(3.6)) }).length).toBe(0);
    expect(readiness(ready, strict).criteria.filter((c) => !c.met)).toMatchObject([
      { id: "domain", group: "parents", domain: "learning", minimum: 3.7, current: 3.6 },
    ]);
  });
});
