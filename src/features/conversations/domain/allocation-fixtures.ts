/** Rounds for the fair allocation tests: small hand-made ones, random small ones, a school-sized one. */
import type { AllocationInput, PreferenceMark } from "./fair-allocation.js";
import { seededRandom, shuffled } from "./random.js";

const BASE = Date.UTC(2025, 10, 11, 17, 0);
const at = (minute: number) => new Date(BASE + minute * 60_000);

/** `count` slots of 10 minutes for a teacher from `from` minutes on, named "t@minute". */
export function slots(teacherId: string, from: number, count: number, every = 10) {
  return Array.from({ length: count }, (_, i) => {
    const minute = from + i * every;
    return { id: `${teacherId}@${minute}`, teacherId, start: at(minute), end: at(minute + 10) };
  });
}

export const yes = (from: number, to: number, childId?: string): PreferenceMark => ({
  answer: "yes",
  start: at(from),
  end: at(to),
  childId,
});
export const no = (from: number, to: number, childId?: string): PreferenceMark => ({
  answer: "no",
  start: at(from),
  end: at(to),
  childId,
});

/** A family with a child per entry: the child's teacher, or the teachers of a duo group. */
export function family(familyId: string, teachers: (string | string[])[], marks: PreferenceMark[] = []) {
  return {
    familyId,
    children: teachers.map((t, i) => ({
      childId: `${familyId}-${i + 1}`,
      teacherIds: typeof t === "string" ? [t] : t,
    })),
    marks,
  };
}

/** A small random round: 2–3 teachers (the first two sometimes share a group), 3–5 slots each, up to 6 families, random marks. */
export function randomInstance(seed: number): AllocationInput {
  const random = seededRandom(`instance-${seed}`);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const teachers = ["anna", "bram", "carla"].slice(0, pick([2, 3]));
  const allSlots = teachers.flatMap((t) => slots(t, pick([0, 5, 10]), pick([3, 4, 5]), pick([10, 10, 15])));
  const families = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => {
    const size = random() < 0.55 ? 1 : random() < 0.85 ? 2 : 3;
    const f = family(
      `f${i}`,
      Array.from({ length: size }, () => (random() < 0.2 ? teachers.slice(0, 2) : pick(teachers))),
    );
    const style = random();
    for (const child of f.children) {
      for (const slot of allSlots.filter((s) => child.teacherIds.includes(s.teacherId))) {
        const minute = (slot.start.getTime() - BASE) / 60_000;
        if (style < 0.5 && random() < 0.4) f.marks.push(yes(minute, minute + 10, child.childId));
        if (style > 0.75 && random() < 0.3) f.marks.push(no(minute, minute + 10, child.childId));
      }
    }
    if (style > 0.5 && style < 0.6) f.marks.push(yes(0, pick([20, 30, 40])));
    return f;
  });
  return {
    slots: shuffled(allSlots, random),
    families,
    settings: {
      seed,
      bufferMinutes: 5,
      toleranceMinutes: pick([0, 5, 10]),
      unmarked: pick(["unavailable", "possible"]),
    },
  };
}

/** A school-sized round: 15 teachers with 40 slots over two evenings, 400 families. */
export function schoolInstance(seed: string): AllocationInput {
  const random = seededRandom(seed);
  const teachers = Array.from({ length: 15 }, (_, i) => `t${i}`);
  const day = 24 * 60;
  const allSlots = teachers.flatMap((t) => [...slots(t, 0, 20), ...slots(t, day, 20)]);
  const families = Array.from({ length: 400 }, (_, i) => {
    const r = random();
    const size = r < 0.7 ? 1 : r < 0.95 ? 2 : 3;
    const f = family(
      `family-${String(i).padStart(3, "0")}`,
      Array.from({ length: size }, () => teachers[Math.floor(random() * 15)] ?? "t0"),
    );
    const style = random();
    const evening = random() < 0.5 ? 0 : day;
    if (style < 0.4) f.marks.push(yes(evening, evening + 200));
    else if (style < 0.6) f.marks.push(yes(evening + 60, evening + 200), no(day - evening, day - evening + 200));
    else if (style < 0.7) f.marks.push(no(evening, evening + 200));
    return f;
  });
  return { slots: allSlots, families, settings: { seed, bufferMinutes: 5, toleranceMinutes: 10 } };
}
