import { describe, expect, it } from "vitest";
import { searchWords, tsqueryOf } from "./search.js";

describe("a staff member's question as a query", () => {
  it("keeps the words that matter", () => {
    expect(searchWords("Wie spreekt Turks?")).toEqual(["turks"]);
    expect(searchWords("wie kan helpen met de schooltuin")).toEqual(["schooltuin"]);
    expect(tsqueryOf("Arabisch, tuin")).toBe("arabisch:* | tuin:*");
  });

  it("leaves nothing of operators or quotes, and nothing of an empty question", () => {
    expect(tsqueryOf("a' & !b | (c):*")).toBeNull();
    expect(tsqueryOf("koken' & !x")).toBe("koken:*");
    expect(tsqueryOf("wie kan helpen")).toBeNull();
  });
});
