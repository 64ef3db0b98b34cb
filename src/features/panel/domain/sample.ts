/**
 * Drawing a survey's sample: strata are province × school type (a member with children in two
 * school types belongs to two strata, but is drawn once). With a number per stratum, the strata
 * with the fewest members draw first, so a member needed by a small stratum is not taken by a
 * large one; without, every member of the chosen strata is drawn, in their first matching stratum.
 */
import type { PanelChild, PanelSample } from "../../../db/schema/panel.js";

export interface Candidate {
  id: string;
  province: string;
  children: readonly PanelChild[];
}

export interface Drawn {
  memberId: string;
  province: string;
  schoolType: string;
}

export const stratumKey = (province: string, schoolType: string) => `${province}|${schoolType}`;

/** A uniformly random order (Fisher–Yates) with the given random source in [0, 1). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export function drawSample(
  candidates: readonly Candidate[],
  spec: PanelSample,
  allProvinces: readonly string[],
  allSchoolTypes: readonly string[],
  random: () => number,
): Drawn[] {
  const provinces = spec.provinces.length ? spec.provinces : allProvinces;
  const types = spec.schoolTypes.length ? spec.schoolTypes : allSchoolTypes;
  const strata = new Map<string, { province: string; schoolType: string; members: Candidate[] }>();
  for (const province of provinces) {
    for (const schoolType of types) strata.set(stratumKey(province, schoolType), { province, schoolType, members: [] });
  }
  for (const candidate of shuffled(candidates, random)) {
    for (const schoolType of new Set(candidate.children.map((c) => c.schoolType))) {
      strata.get(stratumKey(candidate.province, schoolType))?.members.push(candidate);
    }
  }
  const order = [...strata.values()].sort((a, b) => a.members.length - b.members.length);
  const taken = new Set<string>();
  const drawn: Drawn[] = [];
  for (const stratum of spec.perStratum === null ? [...strata.values()] : order) {
    let count = 0;
    for (const member of stratum.members) {
      if (spec.perStratum !== null && count >= spec.perStratum) break;
      if (taken.has(member.id)) continue;
      taken.add(member.id);
      count++;
      drawn.push({ memberId: member.id, province: stratum.province, schoolType: stratum.schoolType });
    }
  }
  return drawn;
}
