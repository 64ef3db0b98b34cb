/** Test data: responses written as compact answer lists. Used by the tests beside this file. */
import type { DomainId, RespondentGroup } from "./instrument.js";
import type { ItemAnswer, MeasurementResponse } from "./tally.js";

/** [current, desired]; null is "don't know", a missing desired is "not answered". */
export type Pair = readonly [number | null, (number | null)?];

export function respond(
  group: RespondentGroup,
  answers: Record<string, Pair>,
  options: { subgroup?: string; openAnswers?: Partial<Record<DomainId, string>> } = {},
): MeasurementResponse {
  const entries = Object.entries(answers).map(([id, [current, desired]]): [string, ItemAnswer] => [
    id,
    desired === undefined ? { current } : { current, desired },
  ]);
  return { group, subgroup: options.subgroup, answers: Object.fromEntries(entries), openAnswers: options.openAnswers };
}

/** `count` respondents who all gave the same answers. */
export function many(
  count: number,
  group: RespondentGroup,
  answers: Record<string, Pair>,
  options?: { subgroup?: string },
): MeasurementResponse[] {
  return Array.from({ length: count }, () => respond(group, answers, options));
}
