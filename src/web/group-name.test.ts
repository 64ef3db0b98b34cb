import { describe, expect, it } from "vitest";
import { translator } from "./i18n/index.js";
import { groupInText, groupsInText } from "./group-name.js";

describe("a group's name in running text", () => {
  it("gives a name that starts with a digit the word, in the reader's language", () => {
    expect(groupInText(translator("nl"), "7")).toBe("groep 7");
    expect(groupInText(translator("nl"), "7A")).toBe("groep 7A");
    expect(groupInText(translator("nl"), "1/2")).toBe("groep 1/2");
    expect(groupInText(translator("en"), "7")).toBe("group 7");
  });

  it("leaves a name that already is a word as it is", () => {
    expect(groupInText(translator("nl"), "Groep 7")).toBe("Groep 7");
    expect(groupInText(translator("nl"), "Peuters")).toBe("Peuters");
    expect(groupInText(translator("en"), "Kleuterklas")).toBe("Kleuterklas");
  });

  it("writes several groups each so", () => {
    expect(groupsInText(translator("nl"), ["4", "7", "Peuters"])).toBe("groep 4, groep 7, Peuters");
  });
});
