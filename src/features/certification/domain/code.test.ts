import { describe, expect, it } from "vitest";
import { ALPHABET, CODE_LENGTH, codeShownAgain, formatCode, newCode, normaliseCode } from "./code.js";

describe("verification codes", () => {
  it("are 20 characters of base 32: 100 random bits", () => {
    expect(CODE_LENGTH * Math.log2(ALPHABET.length)).toBe(100);
    const codes = new Set(Array.from({ length: 1000 }, newCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
  });

  it("read back as typed: any case, dashes, and I, L, O for 1, 1, 0", () => {
    const code = newCode();
    expect(normaliseCode(formatCode(code).toLowerCase())).toBe(code);
    expect(normaliseCode("ilo0-0000-0000-0000-0000")).toBe("11000000000000000000");
  });

  it("refuse what cannot be a code", () => {
    expect(normaliseCode("ABC")).toBeNull();
    expect(normaliseCode("U".repeat(20))).toBeNull();
    expect(normaliseCode("<script>alert(1)</script>")).toBeNull();
  });

  it("are shown again for correcting: in print's groups, a slip as typed, a long made-up text not at all", () => {
    expect(codeShownAgain("abcd efgh jkmn pqrs tvwx")).toBe("ABCD-EFGH-JKMN-PQRS-TVWX");
    expect(codeShownAgain(" abcd-efgh-jkmn-pqrs-tvw ")).toBe("abcd-efgh-jkmn-pqrs-tvw");
    expect(codeShownAgain("x".repeat(41))).toBe("");
  });
});
