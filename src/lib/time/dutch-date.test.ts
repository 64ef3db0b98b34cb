import { describe, expect, it } from "vitest";
import { outOfYearRange, parseDate, typedDate } from "./dutch-date.js";

describe("parseDate", () => {
  it.each([
    ["03-04-2016", "2016-04-03"],
    ["7-9-2018", "2018-09-07"],
    ["12/11/2015", "2015-11-12"],
    ["01.12.2014", "2014-12-01"],
    ["2014-09-21", "2014-09-21"],
    ["29-02-2016", "2016-02-29"],
    ["12-03-2015 00:00:00", "2015-03-12"],
    [" 1-1-2020 ", "2020-01-01"],
  ])("%s → %s", (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each([
    "31-02-2015",
    "29-02-2015",
    "00-01-2015",
    "12-13-2015",
    "01-02-15",
    "2015/02/01x",
    "morgen",
    "1-1-1850",
    "2015-02-30",
  ])("refuses %s", (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe("typedDate", () => {
  it("writes a school date as it is typed, and parseDate reads it back", () => {
    expect(typedDate("2026-12-16")).toBe("16-12-2026");
    expect(parseDate(typedDate("2026-01-05"))).toBe("2026-01-05");
  });
});

describe("a date in a year Samen does not take", () => {
  it("is told apart from what is no date at all", () => {
    for (const text of ["01-01-9999", "9999-01-01", "31-12-1899", "0000-01-01 "])
      expect(outOfYearRange(text)).toBe(true);
    for (const text of ["01-01-1900", "2999-12-31", "31-02-2026", "morgen", ""])
      expect(outOfYearRange(text)).toBe(false);
  });
});
