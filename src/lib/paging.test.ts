import { describe, expect, it } from "vitest";
import { cleanSearch, containsPattern, pageCount, pageNumber } from "./paging.js";

describe("search and pages", () => {
  it("tidies search text and takes LIKE wildcards literally", () => {
    expect(cleanSearch("  de   Vries ")).toBe("de Vries");
    expect(cleanSearch(undefined)).toBe("");
    expect(containsPattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });

  it("reads page numbers defensively and counts at least one page", () => {
    expect(pageNumber("3")).toBe(3);
    expect(pageNumber("0")).toBe(1);
    expect(pageNumber("-2")).toBe(1);
    expect(pageNumber("2.5")).toBe(1);
    expect(pageNumber(undefined)).toBe(1);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(1500)).toBe(30);
    expect(pageCount(1501)).toBe(31);
  });
});
