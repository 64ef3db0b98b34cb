import { describe, expect, it } from "vitest";
import { isCalendarDate, schoolDayIn } from "./school-date.js";

describe("isCalendarDate", () => {
  it("takes a real date of a year a school may type", () => {
    for (const value of ["2026-12-06", "2028-02-29", "1900-01-01", "2999-12-31"])
      expect(isCalendarDate(value)).toBe(true);
  });

  it("refuses dates that do not exist, another format, and years the database or the calendar cannot hold", () => {
    for (const value of [
      "2027-02-29",
      "2026-13-01",
      "06-12-2026",
      "2026-1-1",
      "0000-01-01",
      "1899-12-31",
      "3000-01-01",
    ])
      expect(isCalendarDate(value), value).toBe(false);
  });
});

describe("schoolDayIn", () => {
  // Sunday 6 December 2026, noon in Amsterdam.
  const sunday = new Date("2026-12-06T11:00:00Z");

  it("moves a Saturday or a Sunday on to the Monday", () => {
    expect(schoolDayIn(14, sunday)).toBe("2026-12-21");
    expect(schoolDayIn(13, sunday)).toBe("2026-12-21");
  });

  it("keeps a weekday", () => {
    expect(schoolDayIn(15, sunday)).toBe("2026-12-21");
    expect(schoolDayIn(19, sunday)).toBe("2026-12-25");
  });
});
