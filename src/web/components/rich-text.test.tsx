/** A page shows what someone wrote formatted, and what they typed as HTML as text. */
import { describe, expect, it } from "vitest";
import { RichText } from "./rich-text.js";

describe("<RichText>", () => {
  it("puts the sanitised rendering in the page, once, inside its own block", async () => {
    const html = String(await (<RichText source={"**Let op** <script>alert(1)</script>"} />).toString());
    expect(html).toBe(
      '<div class="rich-text"><p><strong>Let op</strong> &lt;script&gt;alert(1)&lt;/script&gt;</p>\n</div>',
    );
  });
});
