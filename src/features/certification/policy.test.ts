import { describe, expect, it } from "vitest";
import { viewerWith } from "../../../tests/helpers/viewer.js";
import {
  mayDecideCertification,
  mayFollowCertification,
  mayListCertificate,
  mayRevokeCertificate,
  maySetCriteria,
} from "./policy.js";

const admin = { ...viewerWith([]), isPlatformAdmin: true };

describe("who does what with certification", () => {
  it("lets only the advisor decide", () => {
    expect(mayDecideCertification(viewerWith(["advisor"]))).toBe(true);
    for (const role of ["school_leader", "coordinator", "teacher", "mentor", "office"] as const)
      expect(mayDecideCertification(viewerWith([role])), role).toBe(false);
    expect(mayDecideCertification(admin)).toBe(false);
  });

  it("lets the advisor and the platform administrator revoke", () => {
    expect(mayRevokeCertificate(viewerWith(["advisor"]))).toBe(true);
    expect(mayRevokeCertificate(admin)).toBe(true);
    expect(mayRevokeCertificate(viewerWith(["school_leader"]))).toBe(false);
  });

  it("lets staff and the administrator follow, parents not", () => {
    expect(mayFollowCertification(viewerWith(["teacher"]))).toBe(true);
    expect(mayFollowCertification(admin)).toBe(true);
    expect(mayFollowCertification(viewerWith([], true))).toBe(false);
  });

  it("lets the school leader and coordinator choose the public list, and only the administrator set criteria", () => {
    expect(mayListCertificate(viewerWith(["coordinator"]))).toBe(true);
    expect(mayListCertificate(viewerWith(["advisor"]))).toBe(false);
    expect(maySetCriteria(admin)).toBe(true);
    expect(maySetCriteria(viewerWith(["advisor"]))).toBe(false);
  });
});
