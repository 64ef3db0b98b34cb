import { describe, expect, it } from "vitest";
import {
  bookingRoundSchema,
  bookingWindow,
  clashesWithFamily,
  decideBooking,
  decideCancel,
  decideChange,
  decideCombination,
} from "./rules.js";
import type { Asker, Booking, BookingRound } from "./rules.js";

const day = (d: number, hour = 12) => new Date(Date.UTC(2025, 10, d, hour));
const round: BookingRound = {
  opensAt: day(1, 8),
  closesAt: day(8, 20),
  changeDeadline: day(9, 12),
  separateGuardianBookings: false,
};

function asker(overrides: Partial<Asker> = {}): Asker {
  return { round, now: day(3), guardianId: "mum", childIds: ["lotte", "sem"], bookings: [], ...overrides };
}

const lotteWithMum: Booking = { slotId: "s1", childId: "lotte", guardianId: "mum" };

describe("bookingWindow", () => {
  it("is open from the opening moment up to the closing moment", () => {
    expect(bookingWindow(round, day(1, 7))).toBe("notOpenYet");
    expect(bookingWindow(round, round.opensAt)).toBe("open");
    expect(bookingWindow(round, round.closesAt)).toBe("closed");
  });
});

describe("decideBooking", () => {
  it("books a free slot for your own child while booking is open", () => {
    expect(decideBooking(asker(), { childId: "lotte", slotId: "s1" })).toEqual({ ok: true });
  });

  it("refuses someone else's child", () => {
    expect(decideBooking(asker(), { childId: "noor", slotId: "s1" })).toEqual({ ok: false, reason: "notYourChild" });
  });

  it("refuses before opening and after closing", () => {
    for (const now of [day(1, 7), day(8, 20)]) {
      expect(decideBooking(asker({ now }), { childId: "lotte", slotId: "s1" })).toEqual({
        ok: false,
        reason: "outsideWindow",
      });
    }
  });

  it("refuses a slot someone else holds", () => {
    const bookings = [{ slotId: "s1", childId: "noor", guardianId: "other" }];
    expect(decideBooking(asker({ bookings }), { childId: "lotte", slotId: "s1" })).toEqual({
      ok: false,
      reason: "slotTaken",
    });
  });

  it("allows one slot per child per round, shared by both guardians", () => {
    const dad = asker({ guardianId: "dad", bookings: [lotteWithMum] });
    expect(decideBooking(dad, { childId: "lotte", slotId: "s2" })).toEqual({ ok: false, reason: "alreadyBooked" });
    expect(decideBooking(dad, { childId: "sem", slotId: "s2" })).toEqual({ ok: true });
  });

  it("lets guardians who live apart book their own conversation, never the other's slot", () => {
    const apart = { ...round, separateGuardianBookings: true };
    const dad = asker({ round: apart, guardianId: "dad", bookings: [lotteWithMum] });
    expect(decideBooking(dad, { childId: "lotte", slotId: "s2" })).toEqual({ ok: true });
    expect(decideBooking(dad, { childId: "lotte", slotId: "s1" })).toEqual({ ok: false, reason: "slotTaken" });
    const mum = asker({ round: apart, bookings: [lotteWithMum] });
    expect(decideBooking(mum, { childId: "lotte", slotId: "s2" })).toEqual({ ok: false, reason: "alreadyBooked" });
  });
});

describe("decideChange and decideCancel", () => {
  it("change and cancel until the deadline, not after", () => {
    const before = asker({ now: day(9, 11), bookings: [lotteWithMum] });
    expect(decideChange(before, { booking: lotteWithMum, slotId: "s2" })).toEqual({ ok: true });
    expect(decideCancel(before, { booking: lotteWithMum })).toEqual({ ok: true });
    const after = asker({ now: day(9, 12), bookings: [lotteWithMum] });
    expect(decideChange(after, { booking: lotteWithMum, slotId: "s2" })).toEqual({
      ok: false,
      reason: "afterDeadline",
    });
    expect(decideCancel(after, { booking: lotteWithMum })).toEqual({ ok: false, reason: "afterDeadline" });
  });

  it("refuses a taken slot, and someone else's child", () => {
    const taken = { slotId: "s2", childId: "noor", guardianId: "other" };
    const mum = asker({ bookings: [lotteWithMum, taken] });
    expect(decideChange(mum, { booking: lotteWithMum, slotId: "s2" })).toEqual({ ok: false, reason: "slotTaken" });
    const stranger = asker({ guardianId: "other", childIds: ["noor"], bookings: [lotteWithMum] });
    expect(decideCancel(stranger, { booking: lotteWithMum })).toEqual({ ok: false, reason: "notYourChild" });
  });

  it("lets the other guardian change a shared booking, but not a separate one", () => {
    const shared = asker({ guardianId: "dad", bookings: [lotteWithMum] });
    expect(decideCancel(shared, { booking: lotteWithMum })).toEqual({ ok: true });
    const apart = asker({
      round: { ...round, separateGuardianBookings: true },
      guardianId: "dad",
      bookings: [lotteWithMum],
    });
    expect(decideCancel(apart, { booking: lotteWithMum })).toEqual({ ok: false, reason: "notYourBooking" });
    expect(decideChange(apart, { booking: lotteWithMum, slotId: "s3" })).toEqual({
      ok: false,
      reason: "notYourBooking",
    });
  });
});

describe("decideCombination", () => {
  it("books siblings together or not at all, naming the child that blocks it", () => {
    const requests = [
      { childId: "lotte", slotId: "s1" },
      { childId: "sem", slotId: "s2" },
    ];
    expect(decideCombination(asker(), requests)).toEqual({ ok: true });
    const bookings = [{ slotId: "s2", childId: "noor", guardianId: "other" }];
    expect(decideCombination(asker({ bookings }), requests)).toEqual({
      ok: false,
      reason: "slotTaken",
      childId: "sem",
    });
    expect(decideCombination(asker(), [requests[0]!, { childId: "sem", slotId: "s1" }])).toEqual({
      ok: false,
      reason: "slotTaken",
      childId: "sem",
    });
  });
});

describe("clashesWithFamily", () => {
  const at = (hhmm: string, teacherId = "b") => {
    const startsAt = new Date(`2026-12-08T${hhmm}:00Z`);
    return { startsAt, endsAt: new Date(startsAt.getTime() + 10 * 60_000), teacherId };
  };
  const family = [at("18:00", "a")];

  it("refuses the same time, and too little time to walk to another teacher", () => {
    expect(clashesWithFamily(at("18:00"), family, 5)).toBe(true);
    expect(clashesWithFamily(at("18:05"), family, 5)).toBe(true);
    expect(clashesWithFamily(at("18:10"), family, 5)).toBe(true);
    expect(clashesWithFamily(at("17:50"), family, 5)).toBe(true);
  });

  it("allows a time after the buffer, and back to back with the same teacher", () => {
    expect(clashesWithFamily(at("18:15"), family, 5)).toBe(false);
    expect(clashesWithFamily(at("17:45"), family, 5)).toBe(false);
    expect(clashesWithFamily(at("18:10", "a"), family, 5)).toBe(false);
    expect(clashesWithFamily(at("18:00"), [], 5)).toBe(false);
  });
});

describe("bookingRoundSchema", () => {
  it("needs closing after opening and a deadline after opening", () => {
    const result = bookingRoundSchema.safeParse({ opensAt: day(5), closesAt: day(4), changeDeadline: day(3) });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "conversations.error.closesBeforeOpens",
      "conversations.error.deadlineBeforeOpens",
    ]);
    expect(bookingRoundSchema.parse({ opensAt: day(1), closesAt: day(2), changeDeadline: day(2) })).toMatchObject({
      separateGuardianBookings: false,
    });
  });
});
