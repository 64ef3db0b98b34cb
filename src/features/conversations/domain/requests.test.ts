import { describe, expect, it } from "vitest";
import { refusalOf, stepsFor, type RequestState } from "./requests.js";

const now = new Date("2026-11-24T10:00:00Z");
const asked = (over: Partial<RequestState> = {}): RequestState => ({
  status: "requested",
  askedBy: "parent",
  startsAt: null,
  ...over,
});

describe("steps of a conversation on request", () => {
  it("lets the side that did not ask propose, and the asker accept", () => {
    expect(stepsFor(asked(), "teacher", now)).toEqual(["propose", "set", "cancel"]);
    expect(stepsFor(asked(), "parent", now)).toEqual(["cancel"]);
    expect(stepsFor(asked({ status: "proposed" }), "parent", now)).toEqual(["accept", "cancel"]);
    expect(stepsFor(asked({ askedBy: "teacher" }), "parent", now)).toEqual(["propose", "cancel"]);
    expect(refusalOf("accept", asked({ askedBy: "teacher", status: "proposed" }), "parent", now)).toBe("notYourStep");
  });

  it("marks held only a scheduled conversation that has started, and nothing after held or cancelled", () => {
    const later = asked({ status: "scheduled", startsAt: new Date(now.getTime() + 60_000) });
    expect(refusalOf("hold", later, "teacher", now)).toBe("notStarted");
    expect(refusalOf("hold", { ...later, startsAt: now }, "teacher", now)).toBeNull();
    expect(refusalOf("hold", { ...later, startsAt: now }, "parent", now)).toBe("notYourStep");
    expect(stepsFor(asked({ status: "held" }), "teacher", now)).toEqual([]);
    expect(stepsFor(asked({ status: "cancelled" }), "parent", now)).toEqual([]);
    expect(refusalOf("propose", later, "teacher", now)).toBe("alreadyDone");
  });
});
