import { describe, expect, it } from "vitest";
import { tooLateToCancel } from "./cancelling.js";

describe("when an event can no longer be cancelled", () => {
  const now = new Date("2026-03-10T19:00:00Z");
  const at = (iso: string) => new Date(iso);

  it("is from its start on, over or not", () => {
    expect(tooLateToCancel({ startsAt: at("2026-03-10T19:00:00Z"), cancelled: false }, now)).toBe(true);
    expect(tooLateToCancel({ startsAt: at("2026-03-01T19:00:00Z"), cancelled: false }, now)).toBe(true);
    expect(tooLateToCancel({ startsAt: at("2026-03-10T19:01:00Z"), cancelled: false }, now)).toBe(false);
  });

  it("is never for one cancelled already: cancelling it again changes nothing", () => {
    expect(tooLateToCancel({ startsAt: at("2026-03-01T19:00:00Z"), cancelled: true }, now)).toBe(false);
  });
});
