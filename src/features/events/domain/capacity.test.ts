import { describe, expect, it } from "vitest";
import { admits, placesLeft } from "./capacity.js";

describe("the capacity of an event", () => {
  it("admits people up to the capacity and no further", () => {
    expect(admits({ capacity: 10, taken: 8, own: 0 }, 2)).toBe(true);
    expect(admits({ capacity: 10, taken: 8, own: 0 }, 3)).toBe(false);
    expect(admits({ capacity: null, taken: 500, own: 0 }, 10)).toBe(true);
  });

  it("counts a changed sign-up without its earlier number", () => {
    expect(admits({ capacity: 10, taken: 10, own: 2 }, 2)).toBe(true);
    expect(admits({ capacity: 10, taken: 10, own: 2 }, 3)).toBe(false);
  });

  it("says how many places are left", () => {
    expect(placesLeft({ capacity: 10, taken: 7 })).toBe(3);
    expect(placesLeft({ capacity: 10, taken: 12 })).toBe(0);
    expect(placesLeft({ capacity: null, taken: 3 })).toBeNull();
  });
});
