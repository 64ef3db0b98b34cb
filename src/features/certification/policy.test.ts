import { describe, expect, it } from "vitest";
import { everyStaffRole, expectLetsThrough, viewerWith } from "../../../tests/helpers/viewer.js";
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
    expectLetsThrough(mayDecideCertification, { roles: ["advisor"], parent: false });
    expect(mayDecideCertification(admin)).toBe(false);
  });

  it("lets the advisor and the platform administrator revoke", () => {
    expectLetsThrough(mayRevokeCertificate, { roles: ["advisor"], parent: false });
    expect(mayRevokeCertificate(admin)).toBe(true);
  });

  it("lets staff and the administrator follow, parents not", () => {
    expectLetsThrough(mayFollowCertification, { roles: everyStaffRole, parent: false });
    expect(mayFollowCertification(admin)).toBe(true);
  });

  it("lets the school leader and coordinator choose the public list, and only the administrator set criteria", () => {
    expectLetsThrough(mayListCertificate, { roles: ["school_leader", "coordinator"], parent: false });
    expectLetsThrough(maySetCriteria, { roles: [], parent: false });
    expect(maySetCriteria(admin)).toBe(true);
  });
});
