/**
 * A parent's children in a round: the pupils they are a guardian of whose group takes part,
 * with the guardian record that books for them and the teachers they can book with (staff of
 * the child's group who have slots in the round).
 */
import { sql } from "drizzle-orm";
import { preparedStatement, type Tx } from "../../../db/client.js";
import { childrenWithTeachersOfGuardian, teachersOfGroups, type RoundFamilyChild } from "../../pupils/index.js";

export type RoundChild = RoundFamilyChild;

/**
 * Of these groups, those taking part in the round; of these teachers, those with slots in it
 * (exists, not a join: a teacher has thirty slots, and one is enough). One prepared statement:
 * every page and action of a parent in a round asks it, after the directory's family.
 */
const inRound = preparedStatement<{ kind: "group" | "teacher"; id: string }>(
  "round_groups_and_teachers",
  () => sql`
    select 'group' as kind, g.group_id as id from conversation_round_groups g
      where g.org_id = ${sql.placeholder("orgId")} and g.round_id = ${sql.placeholder("roundId")}
        and g.group_id = any(${sql.placeholder("groupIds")}::uuid[])
    union all
    select 'teacher', t.id from unnest(${sql.placeholder("teacherIds")}::uuid[]) as t(id)
      where exists (select 1 from conversation_slots s where s.org_id = ${sql.placeholder("orgId")}
        and s.round_id = ${sql.placeholder("roundId")} and s.teacher_id = t.id)`,
);

async function presentInRound(tx: Tx, orgId: string, roundId: string, groupIds: string[], teacherIds: string[]) {
  const rows = await inRound(tx, { orgId, roundId, groupIds, teacherIds });
  const of = (kind: "group" | "teacher") => new Set(rows.filter((r) => r.kind === kind).map((r) => r.id));
  return { groups: of("group"), teachers: of("teacher") };
}

/** Of a family's children, those whose group takes part, each with their teachers who have slots in the round. */
export function childrenInRound(family: readonly RoundFamilyChild[], present: Present): RoundChild[] {
  return family
    .filter((child) => present.groups.has(child.groupId))
    .map((child) => ({ ...child, teachers: child.teachers.filter((t) => present.teachers.has(t.id)) }));
}

/** The groups and teachers a round's question asks about (of a family: their groups, their teachers). */
export function familyQuestion(family: readonly RoundFamilyChild[]) {
  return {
    groupIds: [...new Set(family.map((c) => c.groupId))],
    teacherIds: [...new Set(family.flatMap((c) => c.teachers.map((t) => t.id)))],
  };
}

/** Which of the asked groups take part in the round, and which of the asked teachers have slots in it. */
export interface Present {
  groups: ReadonlySet<string>;
  teachers: ReadonlySet<string>;
}

/** The children of the signed-in parent in this round, by first name. */
export async function myChildrenInRound(
  tx: Tx,
  scope: { orgId: string; userId: string },
  roundId: string,
): Promise<RoundChild[]> {
  const family = await childrenWithTeachersOfGuardian(tx, scope.orgId, scope.userId);
  if (family.length === 0) return [];
  const { groupIds, teacherIds } = familyQuestion(family);
  return childrenInRound(family, await presentInRound(tx, scope.orgId, roundId, groupIds, teacherIds));
}

/** Per group, its staff who have slots in the round, by name. */
export async function roundTeachersOf(tx: Tx, orgId: string, roundId: string, groupIds: string[]) {
  const staff = await teachersOfGroups(tx, orgId, groupIds);
  const teacherIds = [...new Set([...staff.values()].flat().map((t) => t.userId))];
  const present = await presentInRound(tx, orgId, roundId, [], teacherIds);
  const map = new Map<string, { id: string; name: string }[]>();
  for (const [groupId, teachers] of staff) {
    const withSlots = teachers.filter((t) => present.teachers.has(t.userId));
    if (withSlots.length)
      map.set(
        groupId,
        withSlots.map((t) => ({ id: t.userId, name: t.name })),
      );
  }
  return map;
}
