/**
 * Who counts as one family in the fair allocation. Children who share a guardian are one
 * family (they are placed back to back); both guardians' marks count for it. When the round
 * lets guardians who live apart book separately, each guardian who marked times is a family
 * of their own children, and children none of whose guardians marked are grouped as usual.
 * Pure: input in, families out.
 */
import type { AllocationInput, PreferenceMark } from "../domain/fair-allocation.js";

export interface RoundPupil {
  pupilId: string;
  /** The teachers of the child's group who have slots (two in a duo group); none: it cannot be placed. */
  teacherIds: string[];
  guardianIds: string[];
}

export interface StoredMark {
  guardianId: string;
  pupilId: string;
  answer: "yes" | "no";
  start: Date;
  end: Date;
}

export interface Families {
  families: AllocationInput["families"][number][];
  /** Per family and child, the guardian a placement is booked for. */
  bookedFor: Map<string, Map<string, string>>;
  /** Children without a teacher with slots: they cannot be placed. */
  withoutTeacher: string[];
}

export function buildFamilies(
  pupils: readonly RoundPupil[],
  marks: readonly StoredMark[],
  separate: boolean,
): Families {
  const placeable = pupils.filter((p) => p.teacherIds.length > 0 && p.guardianIds.length > 0);
  const result: Families = {
    families: [],
    bookedFor: new Map(),
    withoutTeacher: pupils.filter((p) => !placeable.includes(p)).map((p) => p.pupilId),
  };
  const markers = new Set(marks.map((m) => m.guardianId));
  const add = (familyId: string, children: RoundPupil[], guardianIds: ReadonlySet<string>) => {
    const childIds = new Set(children.map((c) => c.pupilId));
    const own = marks.filter((m) => guardianIds.has(m.guardianId) && childIds.has(m.pupilId));
    result.families.push({
      familyId,
      children: children.map((c) => ({ childId: c.pupilId, teacherIds: c.teacherIds })),
      marks: own.map(toMark),
    });
    const bookedFor = new Map<string, string>();
    for (const child of children) {
      const marked = own.find((m) => m.pupilId === child.pupilId)?.guardianId;
      const guardian = marked ?? child.guardianIds.find((g) => guardianIds.has(g)) ?? child.guardianIds[0] ?? "";
      bookedFor.set(child.pupilId, guardian);
    }
    result.bookedFor.set(familyId, bookedFor);
  };
  let grouped = placeable;
  if (separate) {
    for (const guardianId of [...markers].sort()) {
      const children = placeable.filter((p) => p.guardianIds.includes(guardianId));
      if (children.length) add(`guardian:${guardianId}`, children, new Set([guardianId]));
    }
    grouped = placeable.filter((p) => !p.guardianIds.some((g) => markers.has(g)));
  }
  for (const component of components(grouped)) {
    const guardianIds = new Set(component.flatMap((c) => c.guardianIds));
    add(`pupils:${component.map((c) => c.pupilId).sort()[0]}`, component, guardianIds);
  }
  return result;
}

const toMark = (m: StoredMark): PreferenceMark => ({
  answer: m.answer,
  start: m.start,
  end: m.end,
  childId: m.pupilId,
});

/** Children connected through shared guardians. */
function components(pupils: readonly RoundPupil[]): RoundPupil[][] {
  const parent = new Map(pupils.map((p) => [p.pupilId, p.pupilId]));
  const find = (id: string): string => {
    const up = parent.get(id) ?? id;
    if (up === id) return id;
    const root = find(up);
    parent.set(id, root);
    return root;
  };
  const byGuardian = new Map<string, string>();
  for (const pupil of pupils) {
    for (const guardianId of pupil.guardianIds) {
      const other = byGuardian.get(guardianId);
      if (other) parent.set(find(pupil.pupilId), find(other));
      else byGuardian.set(guardianId, pupil.pupilId);
    }
  }
  const groups = new Map<string, RoundPupil[]>();
  for (const pupil of pupils) groups.set(find(pupil.pupilId), [...(groups.get(find(pupil.pupilId)) ?? []), pupil]);
  return [...groups.values()];
}
