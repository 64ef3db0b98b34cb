import { describe, expect, it } from "vitest";
import { signatureOf } from "./author.js";

const present = new Map([["a", "Anna Jansen"]]);

describe("signing a post", () => {
  it("names a writer who still belongs to the organisation", () => {
    expect(signatureOf({ authorId: "a", authorRole: "parent", deleted: false }, present)).toEqual({
      kind: "name",
      name: "Anna Jansen",
      staff: false,
    });
  });

  it("says 'a former parent' once the parent left or deleted their account", () => {
    expect(signatureOf({ authorId: "b", authorRole: "parent", deleted: false }, present)).toEqual({
      kind: "former",
      role: "parent",
    });
    expect(signatureOf({ authorId: null, authorRole: "staff", deleted: false }, present)).toEqual({
      kind: "former",
      role: "staff",
    });
  });

  it("names nobody for a post its writer deleted", () => {
    expect(signatureOf({ authorId: "a", authorRole: "parent", deleted: true }, present)).toEqual({ kind: "deleted" });
  });
});
