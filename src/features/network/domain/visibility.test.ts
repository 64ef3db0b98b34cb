import { describe, expect, it } from "vitest";
import { DEFAULT_CHOICES, audienceOf, shownTo } from "./visibility.js";

describe("who sees a parent's profile", () => {
  it("by default no other parent sees them, staff see name and groups only", () => {
    expect(shownTo(DEFAULT_CHOICES, "sameGroup")).toBeNull();
    expect(shownTo(DEFAULT_CHOICES, "otherParent")).toBeNull();
    expect(shownTo(DEFAULT_CHOICES, "staff")).toEqual({ name: true, groups: true, languages: false, offer: false });
  });

  it("a parent visible to their group is seen only by parents of a shared group, with the chosen fields", () => {
    const choices = { ...DEFAULT_CHOICES, visibility: "group" as const, showLanguages: true };
    expect(shownTo(choices, "sameGroup")).toEqual({ name: true, groups: false, languages: true, offer: false });
    expect(shownTo(choices, "otherParent")).toBeNull();
  });

  it("a parent visible to the organisation is seen by every parent; showing nothing is not being seen", () => {
    const choices = { ...DEFAULT_CHOICES, visibility: "organisation" as const };
    expect(shownTo(choices, "otherParent")?.name).toBe(true);
    expect(shownTo({ ...choices, showName: false }, "otherParent")).toBeNull();
  });

  it("staff see languages and offer once the parent agreed to be found", () => {
    expect(shownTo({ ...DEFAULT_CHOICES, findable: true }, "staff")).toEqual({
      name: true,
      groups: true,
      languages: true,
      offer: true,
    });
  });

  it("parents share an audience when a child of each is in the same group", () => {
    expect(audienceOf(["a", "b"], ["b"])).toBe("sameGroup");
    expect(audienceOf(["a"], ["b"])).toBe("otherParent");
  });
});
