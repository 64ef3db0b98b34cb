import { describe, expect, it } from "vitest";
import { cleanSurnamePrefix, cleanText, localToday, parseDate, parseEmail } from "./values.js";

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

describe("parseEmail", () => {
  it("lowercases and trims", () => {
    expect(parseEmail("  Anouk.vdBerg@Example.NL ")).toBe("anouk.vdberg@example.nl");
  });

  it.each(["kees@@example", "geen", "a@b", "twee@example.nl; drie@example.nl"])("refuses %s", (input) => {
    expect(parseEmail(input)).toBeNull();
  });
});

describe("text", () => {
  it("collapses whitespace, including non-breaking spaces", () => {
    expect(cleanText("  Anne\u00a0 Marie ")).toBe("Anne Marie");
  });

  it("lowercases surname prefixes", () => {
    expect(cleanSurnamePrefix("Van  der")).toBe("van der");
  });

  it("gives today's local date as yyyy-mm-dd", () => {
    expect(localToday(new Date(2025, 0, 5, 23, 30))).toBe("2025-01-05");
  });
});
