import { describe, expect, it } from "vitest";
import { normaliseRegistrationCode, registrationCodeError } from "./registration-code.js";

describe("registration codes", () => {
  it("accepts a school's BRIN code in any case and with spaces, and stores it in upper case", () => {
    expect(normaliseRegistrationCode("primary", " 12ab ")).toBe("12AB");
    expect(normaliseRegistrationCode("secondary", "04 FU")).toBe("04FU");
  });

  it("rejects codes that are not 2 digits and 2 letters for a school", () => {
    for (const code of ["", "12A", "12ABC", "AB12", "1234", "12A!"]) {
      expect(normaliseRegistrationCode("primary", code)).toBeNull();
    }
    expect(normaliseRegistrationCode("special", "123456789")).toBeNull();
  });

  it("asks a daycare for its 9-digit LRK number", () => {
    expect(normaliseRegistrationCode("daycare", "123 456 789")).toBe("123456789");
    expect(normaliseRegistrationCode("daycare", "12AB")).toBeNull();
    expect(registrationCodeError("daycare")).toBe("org.code.lrk");
  });

  it("lets a preschool use either a BRIN code or an LRK number", () => {
    expect(normaliseRegistrationCode("preschool", "12ab")).toBe("12AB");
    expect(normaliseRegistrationCode("preschool", "123456789")).toBe("123456789");
    expect(registrationCodeError("preschool")).toBe("org.code.either");
    expect(registrationCodeError("primary")).toBe("org.code.brin");
  });
});
