import { describe, expect, it } from "vitest";
import { viewerWith } from "../../../tests/helpers/viewer.js";
import { mayConfirmExpectations, mayReadExpectations, mayWriteExpectations } from "./policy.js";

describe("who reads, writes and confirms the expectations", () => {
  it("lets parents and every staff member read, nobody outside the organisation", () => {
    expect(mayReadExpectations(viewerWith([], true))).toBe(true);
    for (const role of ["school_leader", "coordinator", "teacher", "mentor", "office", "advisor"] as const)
      expect(mayReadExpectations(viewerWith([role])), role).toBe(true);
    expect(mayReadExpectations(viewerWith([]))).toBe(false);
  });

  it("lets only the school leader and the coordinator write, and only parents confirm", () => {
    expect(mayWriteExpectations(viewerWith(["school_leader"]))).toBe(true);
    expect(mayWriteExpectations(viewerWith(["coordinator"]))).toBe(true);
    for (const role of ["teacher", "mentor", "office", "advisor"] as const)
      expect(mayWriteExpectations(viewerWith([role])), role).toBe(false);
    expect(mayWriteExpectations(viewerWith([], true))).toBe(false);
    expect(mayConfirmExpectations(viewerWith([], true))).toBe(true);
    expect(mayConfirmExpectations(viewerWith(["school_leader"]))).toBe(false);
  });
});
