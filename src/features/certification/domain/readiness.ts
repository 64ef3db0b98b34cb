/**
 * Is a trajectory ready for its certificate? Each criterion is met or not, with the figures it
 * was judged on, so the page can show the school and the advisor exactly what holds and what
 * does not. Pure: the service gathers the facts, this decides (readiness.test.ts).
 */
import { domainIds, type DomainId, type DomainMeans, type GroupDomainMeans } from "../../measurements/index.js";
import type { Criteria } from "./criteria.js";

export const respondentGroups = ["team", "parents"] as const;
export type RespondentGroup = (typeof respondentGroups)[number];

export interface SessionFact {
  line: "school" | "parents" | "joint";
  status: "planned" | "held" | "skipped";
}

export interface ReadinessFacts {
  /** The trajectory's nulmeting, once closed: its figures (null: none closed). */
  baseline: DomainMeans | null;
  /** The trajectory's eindmeting, once closed. */
  final: DomainMeans | null;
  /** The trajectory's joint plan is published. */
  planPublished: boolean;
  /** The mutual expectations of this school year are published. */
  expectationsPublished: boolean;
  sessions: readonly SessionFact[];
}

export interface GroupCount {
  group: RespondentGroup;
  respondents: number;
  shown: boolean;
  /** The team was asked as a whole and is smaller than the threshold: it can never be shown. */
  tooSmall: boolean;
}

export type Criterion =
  | { id: "baseline" | "final"; met: boolean; closed: boolean; threshold: number | null; groups: GroupCount[] }
  | { id: "plan" | "expectations"; met: boolean }
  | { id: "schoolSessions" | "parentSessions"; met: boolean; held: number; required: number }
  | {
      id: "domain";
      met: boolean;
      group: RespondentGroup;
      domain: DomainId;
      minimum: number;
      current: number | null;
      baseline: number | null;
      /** Lower than at the nulmeting, when the criteria forbid that. */
      declined: boolean;
      /** The team is too small for anonymous figures: met without them, as it is discussed together. */
      tooSmall: boolean;
    };

export interface Readiness {
  ready: boolean;
  criteria: Criterion[];
}

/** Means compare as the page shows them, to two decimals: 3.4999 is not below a shown 3.50. */
const shown = (mean: number) => Math.round(mean * 100) / 100;

function measured(id: "baseline" | "final", means: DomainMeans | null): Criterion {
  const groups = respondentGroups.map((group): GroupCount => {
    const figures = means?.[group];
    const tooSmall = group === "team" && (means?.teamTooSmall ?? false);
    return { group, respondents: figures?.respondents ?? 0, shown: figures?.shown ?? false, tooSmall };
  });
  const closed = means !== null;
  const met = closed && groups.every((g) => g.shown || g.tooSmall);
  return { id, met, closed, threshold: means?.threshold ?? null, groups };
}

function held(sessions: readonly SessionFact[], line: "school" | "parents"): number {
  return sessions.filter((s) => s.status === "held" && (s.line === line || s.line === "joint")).length;
}

const meanOf = (figures: GroupDomainMeans | undefined, domain: DomainId) =>
  figures?.shown ? (figures.means[domain] ?? null) : null;

function domainCriteria(facts: ReadinessFacts, criteria: Criteria): Criterion[] {
  return respondentGroups.flatMap((group) =>
    domainIds.map((domain): Criterion => {
      const minimum = criteria.domainMinimums[domain];
      const current = meanOf(facts.final?.[group], domain);
      const baseline = meanOf(facts.baseline?.[group], domain);
      // Without a nulmeting figure nothing shows a decline; the nulmeting's own criterion fails then.
      const declined = criteria.noDecline && current !== null && baseline !== null && shown(current) < shown(baseline);
      // A team too small for figures at the eindmeting has none to judge; it discussed its results together.
      const tooSmall = group === "team" && (facts.final?.teamTooSmall ?? false);
      const met = tooSmall || (current !== null && shown(current) >= minimum && !declined);
      return { id: "domain", met, group, domain, minimum, current, baseline, declined, tooSmall };
    }),
  );
}

/** Every criterion with its figures, and whether all are met. */
export function readiness(facts: ReadinessFacts, criteria: Criteria): Readiness {
  const list: Criterion[] = [measured("baseline", facts.baseline), measured("final", facts.final)];
  list.push({ id: "plan", met: facts.planPublished }, { id: "expectations", met: facts.expectationsPublished });
  const school = held(facts.sessions, "school");
  const parents = held(facts.sessions, "parents");
  list.push(
    {
      id: "schoolSessions",
      met: school >= criteria.minSchoolSessions,
      held: school,
      required: criteria.minSchoolSessions,
    },
    {
      id: "parentSessions",
      met: parents >= criteria.minParentSessions,
      held: parents,
      required: criteria.minParentSessions,
    },
  );
  list.push(...domainCriteria(facts, criteria));
  return { ready: list.every((c) => c.met), criteria: list };
}
