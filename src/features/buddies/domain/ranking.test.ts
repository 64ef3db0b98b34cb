import { describe, expect, it } from "vitest";
import { daysBetween, rankBuddies, type Volunteer } from "./ranking.js";

const seeker = { userId: "s", languages: ["ar", "nl"], groupIds: ["g7"], availability: ["morning", "evening"] };
const volunteer = (offerId: string, v: Partial<Volunteer> = {}): Volunteer => ({
  offerId,
  userId: offerId,
  languages: ["nl"],
  groupIds: [],
  availability: [],
  capacity: 1,
  paired: 0,
  ...v,
});

describe("ranking buddies for a request", () => {
  it("puts a shared language first, then the same group, then shared availability", () => {
    const ranked = rankBuddies(seeker, [
      volunteer("availableOnly", { languages: ["en"], availability: ["morning", "evening"] }),
      volunteer("sameGroup", { languages: ["en"], groupIds: ["g7"] }),
      volunteer("arabic", { languages: ["ar"] }),
      volunteer("arabicSameGroup", { languages: ["ar"], groupIds: ["g7"] }),
    ]);
    expect(ranked.map((s) => s.volunteer.offerId)).toEqual(["arabicSameGroup", "arabic", "sameGroup", "availableOnly"]);
    expect(ranked[0]!.sharedLanguages).toEqual(["ar"]);
    expect(ranked[0]!.sharedGroups).toEqual(["g7"]);
  });

  it("prefers more shared availability and then the volunteer with fewer parents", () => {
    const ranked = rankBuddies(seeker, [
      volunteer("busy", { availability: ["morning"], capacity: 3, paired: 2 }),
      volunteer("free", { availability: ["morning"], capacity: 3, paired: 0 }),
      volunteer("both", { availability: ["morning", "evening"] }),
    ]);
    expect(ranked.map((s) => s.volunteer.offerId)).toEqual(["both", "free", "busy"]);
  });

  it("leaves out a volunteer who is full and the parent themselves", () => {
    const ranked = rankBuddies(seeker, [
      volunteer("full", { capacity: 1, paired: 1, languages: ["ar"] }),
      volunteer("s", { languages: ["ar"] }),
      volunteer("ok"),
    ]);
    expect(ranked.map((s) => s.volunteer.offerId)).toEqual(["ok"]);
  });

  it("counts the days a pair has been together", () => {
    expect(daysBetween(new Date("2026-12-01T10:00:00Z"), new Date("2026-12-03T09:00:00Z"))).toBe(1);
    expect(daysBetween(new Date("2026-12-03T10:00:00Z"), new Date("2026-12-03T09:00:00Z"))).toBe(0);
  });
});
