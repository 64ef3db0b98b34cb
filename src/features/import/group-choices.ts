/**
 * The preview's per-group choice: for each new group name beside the school's groups, a select
 * "create it" or "put these pupils in existing group X". Without JavaScript, a plain form: a hidden
 * field carries the file's name, the select beside it the choice.
 */
import { z } from "zod";
import type { GroupDecisions } from "./plan.js";

export const CREATE = "create";
const MAP_PREFIX = "map:";
/** A file names a few dozen groups at most; more fields than this are not a real form. */
const MAX_GROUPS = 500;

export const groupNameField = (index: number) => `groupName-${index}`;
export const groupChoiceField = (index: number) => `group-${index}`;
export const mapValue = (existingGroup: string) => `${MAP_PREFIX}${existingGroup}`;

const choice = z.union([z.literal(CREATE), z.string().startsWith(MAP_PREFIX).max(300)]);

export interface GroupChoiceForm {
  decisions: GroupDecisions;
  /** What was chosen per file name, to show the form again as it was sent. */
  chosen: ReadonlyMap<string, string>;
}

/**
 * Reads the pairs of fields. A missing or malformed choice is left undecided, and a group to map onto
 * that does not exist (any more) is ignored by the plan: either way the plan still asks.
 */
export function readGroupChoices(body: Record<string, unknown>): GroupChoiceForm {
  const create = new Set<string>();
  const mapTo = new Map<string, string>();
  const chosen = new Map<string, string>();
  for (let index = 0; index < MAX_GROUPS; index++) {
    const name = body[groupNameField(index)];
    if (typeof name !== "string") break;
    const parsed = choice.safeParse(body[groupChoiceField(index)]);
    if (!parsed.success) continue;
    if (parsed.data === CREATE) create.add(name);
    else mapTo.set(name, parsed.data.slice(MAP_PREFIX.length));
    chosen.set(name, parsed.data);
  }
  return { decisions: { create, mapTo }, chosen };
}
