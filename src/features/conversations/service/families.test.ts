import { describe, expect, it } from "vitest";
import { buildFamilies, type RoundPupil, type StoredMark } from "./families.js";

const at = (hour: number) => new Date(Date.UTC(2026, 11, 1, hour));
const mark = (guardianId: string, pupilId: string, answer: "yes" | "no", hour: number): StoredMark => ({
  guardianId,
  pupilId,
  answer,
  start: at(hour),
  end: at(hour + 1),
});

// Two siblings of guardians g1 and g2 who live apart; a child of g3; a child whose group has no teacher.
const pupils: RoundPupil[] = [
  { pupilId: "p1", teacherIds: ["t1"], guardianIds: ["g1", "g2"] },
  { pupilId: "p2", teacherIds: ["t2"], guardianIds: ["g1", "g2"] },
  { pupilId: "p3", teacherIds: ["t1"], guardianIds: ["g3"] },
  { pupilId: "p4", teacherIds: [], guardianIds: ["g4"] },
];
const marks = [mark("g1", "p1", "yes", 18), mark("g2", "p1", "no", 18), mark("g2", "p2", "yes", 19)];

describe("families for the fair allocation", () => {
  it("groups children who share a guardian into one family, with both guardians' marks", () => {
    const { families, withoutTeacher, bookedFor } = buildFamilies(pupils, marks, false);
    expect(families.map((f) => f.children.map((c) => c.childId))).toEqual([["p1", "p2"], ["p3"]]);
    expect(families[0]?.marks).toHaveLength(3);
    expect(families[1]?.marks).toEqual([]);
    expect(withoutTeacher).toEqual(["p4"]);
    expect(bookedFor.get(families[0]!.familyId)).toEqual(
      new Map([
        ["p1", "g1"],
        ["p2", "g2"],
      ]),
    );
  });

  it("gives each guardian who lives apart and marked times a family of their own", () => {
    const { families, bookedFor } = buildFamilies(pupils, marks, true);
    expect(families.map((f) => f.familyId)).toEqual(["guardian:g1", "guardian:g2", "pupils:p3"]);
    expect(families[0]?.marks.map((m) => m.answer)).toEqual(["yes"]);
    expect(families[1]?.marks.map((m) => m.answer)).toEqual(["no", "yes"]);
    expect(bookedFor.get("guardian:g2")?.get("p1")).toBe("g2");
  });
});
