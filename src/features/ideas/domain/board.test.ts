import { describe, expect, it } from "vitest";
import { boardSections } from "./board.js";

const idea = (id: string, status: "new" | "takenUp" | "done" | "notNow", supports: number, day: number) => ({
  id,
  status,
  supports,
  createdAt: new Date(2026, 0, day),
});

describe("the board's order", () => {
  it("shows what was taken up or done first, then open ideas by support, then 'not now'", () => {
    const sections = boardSections([
      idea("a", "new", 1, 1),
      idea("b", "new", 3, 2),
      idea("c", "done", 0, 3),
      idea("d", "notNow", 5, 4),
      idea("e", "takenUp", 2, 5),
      idea("f", "new", 1, 6),
    ]);
    expect(sections.takenUp.map((i) => i.id)).toEqual(["e", "c"]);
    expect(sections.open.map((i) => i.id)).toEqual(["b", "f", "a"]);
    expect(sections.notNow.map((i) => i.id)).toEqual(["d"]);
  });
});
