import { describe, expect, it } from "vitest";
import { instrumentV1 as instrument } from "../instrument/v1.js";
import { unlinkSmallCells, type StoredResponse } from "./linkage.js";
import { measurementResults } from "./results.js";

const response = (group: StoredResponse["group"], subgroupId: string | null, value: number): StoredResponse => ({
  group,
  subgroupId,
  answers: { [`${group}.vision.1`]: { current: value } },
  open: { vision: `tekst ${value}` },
});
const times = (n: number, make: () => StoredResponse) => Array.from({ length: n }, make);

describe("what a response keeps at closing", () => {
  it("keeps a class of 5, drops the class of fewer and the answers of a group of fewer, and counts them", () => {
    const { responses, unlinked } = unlinkSmallCells(
      [
        ...times(5, () => response("parents", "7a", 4)),
        ...times(2, () => response("parents", "7b", 1)),
        response("parents", null, 2),
        ...times(4, () => response("team", null, 3)),
        ...times(3, () => response("pupils", "7a", 5)),
      ],
      5,
    );
    expect(responses.filter((r) => r.subgroupId === "7a")).toHaveLength(5);
    expect(responses.filter((r) => r.group === "parents" && r.subgroupId === null)).toHaveLength(3);
    expect(responses.filter((r) => r.group === "parents").every((r) => Object.keys(r.answers).length === 1)).toBe(true);
    expect(responses.filter((r) => r.group !== "parents")).toEqual(
      times(7, () => expect.objectContaining({ subgroupId: null, answers: {}, open: {} })),
    );
    expect(unlinked).toEqual(
      new Map([
        ["parents", new Map([["7b", 2]])],
        ["pupils", new Map([["7a", 3]])],
      ]),
    );
  });

  it("gives the same results for the group and its classes as before, with the count of the unlinked class", () => {
    const responses = [
      ...times(10, () => response("parents", "7a", 4)),
      ...times(2, () => response("parents", "7b", 1)),
    ];
    const stored = unlinkSmallCells(responses, 5);
    const results = (list: readonly StoredResponse[], unlinked = 0) =>
      measurementResults({
        instrument,
        responses: list.map((r) => ({
          group: r.group,
          subgroup: r.subgroupId ?? undefined,
          answers: r.answers as never,
        })),
        subgroups: { parents: [{ id: "7a" }, { id: "7b", ...(unlinked ? { unlinked } : {}) }] },
      });
    expect(results(stored.responses, stored.unlinked.get("parents")!.get("7b"))).toEqual(results(responses));
  });
});
