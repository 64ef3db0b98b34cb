/** The text part of a mail reads like the post: no Markdown marks, links with their address. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { richTextAsPlain } from "./plain.js";
import { richTextSource } from "./schema.js";

describe("rich text as plain text", () => {
  it("drops the marks and keeps paragraphs, lists and link addresses", () => {
    const source =
      "# Uitje\n\nWe gaan **woensdag** naar het [bos](https://bos.nl).\n\n1. Laarzen\n2. Lunch\n\n- a\n- b\n\nMail info@school.nl";
    expect(richTextAsPlain(source)).toBe(
      "Uitje\n\nWe gaan woensdag naar het bos (https://bos.nl).\n\n1. Laarzen\n2. Lunch\n\n- a\n- b\n\nMail info@school.nl",
    );
  });

  it("writes typed HTML as the text it is, so a mail shows what the writer typed", () => {
    expect(richTextAsPlain("<b>vet</b> & zo")).toBe("<b>vet</b> & zo");
  });

  it("leaves out a link target that is refused", () => {
    expect(richTextAsPlain("[klik](javascript:alert(1))")).toBe("[klik](javascript:alert(1))");
  });
});

describe("the rich text field", () => {
  const field = z.object({ body: richTextSource(100) });
  it("refuses a text of only Markdown marks as empty, and a text that is too long", () => {
    expect(field.safeParse({ body: "**  **" }).error?.issues[0]?.message).toBe("error.required");
    expect(field.safeParse({ body: ">" }).error?.issues[0]?.message).toBe("error.required");
    expect(field.safeParse({ body: "x".repeat(101) }).error?.issues[0]?.message).toBe("error.tooLong");
    expect(field.safeParse({ body: " *Hallo* " }).data?.body).toBe("*Hallo*");
  });
});
