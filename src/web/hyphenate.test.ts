import { describe, expect, it } from "vitest";
import { hyphenateHeadings } from "./hyphenate.js";

const SOFT_HYPHEN = "\u00ad";

describe("hyphenateHeadings", () => {
  it("puts soft hyphens into a heading's long words, in the page's language", () => {
    const page = "<h1>Ouderbetrokkenheidsvragenlijst</h1><p>Ouderbetrokkenheidsvragenlijst</p>";
    const html = hyphenateHeadings(page, "nl");
    const [heading = "", paragraph] = html.split("<p>");
    expect(heading).toContain(SOFT_HYPHEN);
    expect(heading.replaceAll(SOFT_HYPHEN, "")).toBe("<h1>Ouderbetrokkenheidsvragenlijst</h1>");
    expect(paragraph).toBe("Ouderbetrokkenheidsvragenlijst</p>");
    expect(hyphenateHeadings("<h2>Internationalisationprocedures</h2>", "en")).toContain(SOFT_HYPHEN);
  });

  it("leaves headings of shorter words as they are", () => {
    const page = '<h2 class="x">Kwaliteitsthermometer <em>nu</em></h2>';
    expect(hyphenateHeadings(page, "nl")).toBe(page);
  });
});
