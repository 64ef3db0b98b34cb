import { describe, expect, it } from "vitest";
import { localToUtc } from "../../../lib/time/zone.js";
import { answerDueOn, isOverdue } from "./reply-time.js";

const at = (date: string, time: string) => localToUtc(date, time);

describe("the reply time in working days", () => {
  it("counts two working days from the day of delivery, skipping the weekend", () => {
    expect(answerDueOn(at("2026-11-30", "07:30"), 2)).toBe("2026-12-02"); // Monday → Wednesday
    expect(answerDueOn(at("2026-12-03", "16:00"), 2)).toBe("2026-12-07"); // Thursday → Monday
    expect(answerDueOn(at("2026-12-04", "09:00"), 2)).toBe("2026-12-08"); // Friday → Tuesday
    expect(answerDueOn(at("2026-12-05", "09:00"), 2)).toBe("2026-12-08"); // Saturday → Tuesday
    expect(answerDueOn(at("2026-12-04", "09:00"), 1)).toBe("2026-12-07"); // Friday → Monday
  });

  it("is overdue from the first moment of the day after the last day, in school time", () => {
    const delivered = at("2026-11-30", "07:30"); // due Wednesday 2 December
    expect(isOverdue(delivered, 2, at("2026-12-02", "23:59"))).toBe(false);
    expect(isOverdue(delivered, 2, at("2026-12-03", "00:00"))).toBe(true);
  });
});
