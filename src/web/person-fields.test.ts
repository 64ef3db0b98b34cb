import { describe, expect, it } from "vitest";
import { personFields, singleLine } from "./person-fields.js";

describe("a person's one-line fields", () => {
  it("drops the direction overrides and isolates that would show a name, and the text after it, reversed", () => {
    // U+202E RIGHT-TO-LEFT OVERRIDE makes "Anna \u202Egnap" read "Anna pang": a name that spoofs another.
    expect(singleLine("Anna \u202Egnap\u202C")).toBe("Anna gnap");
    expect(singleLine("\u2067Ali\u2069 \u202Ade\u202B Vries")).toBe("Ali de Vries");
    expect(personFields.staffName.parse("Juf \u202DFatima\u202C")).toBe("Juf Fatima");
  });

  it("keeps a right-to-left name and the direction marks it may need", () => {
    expect(singleLine("\u200Fمريم\u200E van Dijk")).toBe("\u200Fمريم\u200E van Dijk");
  });
});
