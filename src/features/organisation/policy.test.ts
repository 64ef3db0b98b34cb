import { describe, expect, it } from "vitest";
import { viewerWith } from "../../../tests/helpers/viewer.js";
import { assignableRoles, mayRemoveMember, nextRoles } from "./policy.js";

describe("who may hand out which role", () => {
  const leader = viewerWith(["school_leader"]);
  const office = viewerWith(["office"]);

  it("lets a school leader assign every staff role, and others all but school leader", () => {
    expect(assignableRoles(leader)).toEqual(["school_leader", "coordinator", "teacher", "mentor", "office"]);
    expect(assignableRoles(office)).toEqual(["coordinator", "teacher", "mentor", "office"]);
  });

  it("keeps the roles a viewer may not touch, and refuses ones they may not give", () => {
    expect(nextRoles(office, ["school_leader", "teacher"], ["mentor"])).toEqual(["mentor", "school_leader"]);
    expect(nextRoles(office, ["teacher"], ["school_leader"])).toBeNull();
    expect(nextRoles(leader, ["school_leader", "teacher"], ["teacher"])).toEqual(["teacher"]);
    // An advisor role is managed on the advisors page, never here.
    expect(nextRoles(leader, ["advisor", "teacher"], ["mentor"])).toEqual(["mentor"]);
  });

  it("lets only a school leader remove a school leader", () => {
    expect(mayRemoveMember(office, ["school_leader"])).toBe(false);
    expect(mayRemoveMember(office, ["teacher"])).toBe(true);
    expect(mayRemoveMember(leader, ["school_leader"])).toBe(true);
  });
});
