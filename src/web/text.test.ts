import { describe, expect, it } from "vitest";
import { cleanJson, cleanText } from "./text.js";

describe("cleaning text input", () => {
  it("drops the control characters but keeps tabs and line breaks", () => {
    expect(cleanText("hallo\u0000wereld")).toBe("hallowereld");
    expect(cleanText("a\u0001\u001B\u007F\u0085\u009Fb")).toBe("ab");
    expect(cleanText("regel 1\r\nregel\t2")).toBe("regel 1\r\nregel\t2");
    expect(cleanText("Çağla 👩‍🏫 Ñoño")).toBe("Çağla 👩‍🏫 Ñoño");
  });

  it("drops the direction overrides, embeddings and isolates, and keeps the direction marks", () => {
    // "Ouderavond \u202Enetsaf" would read "Ouderavond fasten", and its unclosed override reverses
    // whatever a page shows after it on the same line.
    expect(cleanText("Ouderavond \u202Enetsaf")).toBe("Ouderavond netsaf");
    expect(cleanText("\u2067مرحبا\u2069 \u202Aen\u202B \u202Cdag\u202D\u2066\u2068")).toBe("مرحبا en dag");
    expect(cleanText("\u200Fمرحبا\u200E")).toBe("\u200Fمرحبا\u200E");
  });

  it("empties a text of only invisible characters, and keeps them inside visible text", () => {
    expect(cleanText("\u200B\u200B")).toBe("");
    expect(cleanText(" \u200B\uFEFF\u202E\u2060 \n")).toBe("");
    expect(cleanText("Goed\u200Bidee")).toBe("Goed\u200Bidee");
    expect(cleanText("   ")).toBe("   ");
    expect(cleanText("می\u200Cخواهم")).toBe("می\u200Cخواهم");
  });

  it("makes lone surrogates the replacement character, as a browser's form encoding does", () => {
    expect(cleanText("a\uD800b\uDC00c")).toBe("a\uFFFDb\uFFFDc");
    expect(cleanText("\uD83D\uDE00")).toBe("😀");
  });

  it("cleans every string of a JSON value, keys included", () => {
    expect(cleanJson({ "n\u0000ame": ["x\u0000", 1, null, { deep: "y\uD800" }] })).toEqual({
      name: ["x", 1, null, { deep: "y\uFFFD" }],
    });
  });
});
