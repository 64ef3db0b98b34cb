import { describe, expect, it } from "vitest";
import { cleanSurnamePrefix, cleanText, localToday, parseEmail } from "./values.js";

describe("parseEmail", () => {
  it("lowercases and trims", () => {
    expect(parseEmail("  Anouk.vdBerg@Example.NL ")).toBe("anouk.vdberg@example.nl");
  });

  it.each(["kees@@example", "geen", "a@b", "twee@example.nl; drie@example.nl"])("refuses %s", (input) => {
    expect(parseEmail(input)).toBeNull();
  });
});

describe("text", () => {
  it("collapses whitespace, including non-breaking spaces", () => {
    expect(cleanText("  Anne\u00a0 Marie ")).toBe("Anne Marie");
  });

  it("lowercases surname prefixes", () => {
    expect(cleanSurnamePrefix("Van  der")).toBe("van der");
  });

  it("gives today's local date as yyyy-mm-dd", () => {
    expect(localToday(new Date(2025, 0, 5, 23, 30))).toBe("2025-01-05");
  });
});
