import { describe, expect, it } from "vitest";
import { checkDateOfBirth, checkSchoolYear, isSchoolYearName, schoolYearOf } from "./rules.js";
import { accessOf, canReadAudit, canSeePupils } from "./access.js";
import type { StaffRole, Viewer } from "../../auth/viewer.js";

const today = "2026-09-01";

describe("date of birth", () => {
  it("accepts real dates in Dutch or ISO notation up to today", () => {
    expect(checkDateOfBirth("14-3-2018", today)).toEqual({ ok: true, date: "2018-03-14" });
    expect(checkDateOfBirth("2018-03-14", today)).toEqual({ ok: true, date: "2018-03-14" });
    expect(checkDateOfBirth("2026-09-01", today)).toEqual({ ok: true, date: "2026-09-01" });
  });

  it("refuses impossible dates, dates in the future and dates more than 30 years ago", () => {
    expect(checkDateOfBirth("30-02-2018", today)).toEqual({ ok: false, key: "error.date" });
    expect(checkDateOfBirth("morgen", today)).toEqual({ ok: false, key: "error.date" });
    expect(checkDateOfBirth("2026-09-02", today)).toEqual({ ok: false, key: "pupils.error.dobFuture" });
    expect(checkDateOfBirth("1996-08-31", today)).toEqual({ ok: false, key: "pupils.error.dobTooOld" });
    expect(checkDateOfBirth("1996-09-01", today).ok).toBe(true);
  });
});

describe("school years", () => {
  it("names two consecutive years", () => {
    expect(isSchoolYearName("2027-2028")).toBe(true);
    expect(isSchoolYearName("2027-2029")).toBe(false);
    expect(isSchoolYearName("27-28")).toBe(false);
  });

  it("needs real dates with the end after the start", () => {
    expect(checkSchoolYear({ name: " 2027-2028 ", startsOn: "23-08-2027", endsOn: "2028-07-14" })).toEqual({
      ok: true,
      value: { name: "2027-2028", startsOn: "2027-08-23", endsOn: "2028-07-14" },
    });
    expect(checkSchoolYear({ name: "2027-2028", startsOn: "2028-07-14", endsOn: "2028-07-14" })).toEqual({
      ok: false,
      problems: { endsOn: "pupils.years.error.endBeforeStart" },
    });
    expect(checkSchoolYear({ name: "x", startsOn: "", endsOn: "31-02-2028" })).toEqual({
      ok: false,
      problems: { name: "pupils.years.error.name", startsOn: "error.date", endsOn: "error.date" },
    });
  });
});

function viewer(roles: StaffRole[], isGuardian = false): Viewer {
  return {
    userId: "u",
    email: "a@example.nl",
    name: "A",
    locale: null,
    isPlatformAdmin: false,
    isPlatformEditor: false,
    sessionHash: "h",
    fullyAuthenticated: true,
    hasPassword: false,
    hasSecondFactor: false,
    organisations: [],
    current: {
      orgId: "o",
      orgName: "School",
      orgType: "primary",
      requireSecondFactor: false,
      staffRoles: roles,
      isGuardian,
    },
  };
}

describe("access", () => {
  it("lets managers manage, teachers and mentors read their own groups, and parents nothing", () => {
    for (const role of ["school_leader", "coordinator", "office"] as const) {
      expect(canSeePupils(viewer([role]))).toBe(true);
      expect(accessOf(viewer([role]))).toBe("manage");
    }
    for (const role of ["teacher", "mentor"] as const) {
      expect(canSeePupils(viewer([role]))).toBe(true);
      expect(accessOf(viewer([role]))).toBe("own-groups");
    }
    expect(canSeePupils(viewer([], true))).toBe(false);
    expect(canSeePupils(viewer(["advisor"]))).toBe(false);
  });

  it("shows the audit trail to the school leader only", () => {
    expect(canReadAudit(viewer(["school_leader"]))).toBe(true);
    expect(canReadAudit(viewer(["coordinator", "office"]))).toBe(false);
  });
});

describe("the school year a day falls in", () => {
  it("runs from 1 August to 31 July", () => {
    const year = { name: "2026-2027", startsOn: "2026-08-01", endsOn: "2027-07-31" };
    expect(schoolYearOf("2026-08-01")).toEqual(year);
    expect(schoolYearOf("2026-12-02")).toEqual(year);
    expect(schoolYearOf("2027-07-31")).toEqual(year);
    expect(schoolYearOf("2026-07-31")).toEqual({ name: "2025-2026", startsOn: "2025-08-01", endsOn: "2026-07-31" });
  });
});
