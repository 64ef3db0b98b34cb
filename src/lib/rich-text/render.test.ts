/**
 * What a reader's browser gets from what someone wrote: the formatting they meant, links that
 * cannot act for the page, and never a script, an event handler, a style or a foreign image, however
 * the payload is dressed up (raw HTML, entities, reference links, odd schemes).
 */
import { describe, expect, it } from "vitest";
import { LINK_REL, renderRichText } from "./render.js";

const TAGS = new Set(["p", "br", "strong", "em", "s", "code", "pre", "blockquote", "hr", "ul", "ol", "li", "a"]);
const TABLE_TAGS = ["table", "thead", "tbody", "tr", "th", "td", "h3", "h4", "h5"];

/**
 * Every tag in the rendered HTML is on the allow-list with only href, rel or start, and every
 * link goes to the web, a mail address or a page here. Text that merely reads like HTML
 * (`&lt;img onerror=…&gt;`) is text: it is escaped, so it is no tag.
 */
function expectInert(html: string): void {
  for (const [, name = "", attributes = ""] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect(TAGS.has(name) || TABLE_TAGS.includes(name), name).toBe(true);
    expect(attributes).toMatch(/^(\s(href|rel|start)="[^"]*")*\s*\/?$/);
    const href = /href="([^"]*)"/.exec(attributes)?.[1];
    if (href !== undefined) expect(href).toMatch(/^(https?:|mailto:|\/[^/]|#)/);
  }
}

const payloads = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  '<a href="javascript:alert(1)">klik</a>',
  "[klik](javascript:alert(1))",
  "[klik](JaVaScRiPt:alert(1))",
  "[klik](  javascript:alert(1))",
  "[klik](java\tscript:alert(1))",
  "[klik](&#106;avascript:alert(1))",
  "[klik](&#x6A;&#x61;vascript&colon;alert(1))",
  "[klik](javascript&#58;alert(1))",
  "[klik](%6A%61vascript:alert(1))",
  "[klik](vbscript:msgbox(1))",
  "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[klik](file:///etc/passwd)",
  "[klik](//evil.example/x)",
  "![plaatje](https://evil.example/pixel.gif)",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "[klik][1]\n\n[1]: javascript:alert(1)",
  "[klik][a]\n\n[a]: <javascript:alert(1)> 'titel'",
  "<javascript:alert(1)>",
  '<p style="position:fixed;inset:0">overlay</p>',
  "<style>body{display:none}</style>",
  '<iframe src="https://evil.example"></iframe>',
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#60;img src=x onerror=alert(1)&#62;",
  '[x](https://example.nl" onmouseover="alert(1))',
  '[x](https://example.nl "a\\" onmouseover=\\"alert(1)")',
  "`<script>alert(1)</script>`",
  "```html\n<script>alert(1)</script>\n```",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<form action="https://evil.example"><input name=x></form>',
  "www.example.nl/<script>alert(1)</script>",
];

describe("rendering rich text", () => {
  it.each(payloads)("leaves nothing that runs or styles in %j", (payload) => {
    expectInert(renderRichText(payload));
  });

  it("shows typed HTML as text instead of dropping it, so the writer sees what they wrote", () => {
    expect(renderRichText("<b>vet</b>")).toBe("<p>&lt;b&gt;vet&lt;/b&gt;</p>\n");
  });

  it("keeps the formatting a parent or teacher means", () => {
    const html = renderRichText(
      "# Uitje\n\nWe gaan **woensdag** naar het _bos_.\n\n1. Laarzen\n2. Lunch\n\n- a\n- b\n\n> citaat",
    );
    expect(html).toContain("<h3>Uitje</h3>");
    expect(html).toContain("<strong>woensdag</strong>");
    expect(html).toContain("<em>bos</em>");
    expect(html).toContain("<ol>\n<li>Laarzen</li>");
    expect(html).toContain("<ul>\n<li>a</li>");
    expect(html).toContain("<blockquote>");
  });

  it("keeps a line break where the writer pressed enter", () => {
    expect(renderRichText("regel een\nregel twee")).toBe("<p>regel een<br />\nregel twee</p>\n");
  });

  it("gives every link rel=noopener nofollow ugc, also a bare address and one with its own rel", () => {
    for (const source of ["[site](https://example.nl)", "zie https://example.nl", "mail info@example.nl"]) {
      const html = renderRichText(source);
      expect(html).toMatch(new RegExp(`<a href="[^"]+" rel="${LINK_REL}">`));
    }
    expect(renderRichText("[mail](mailto:juf@school.nl)")).toContain('href="mailto:juf@school.nl"');
  });

  it("keeps a link's text when its target is refused", () => {
    const html = renderRichText("[klik hier](javascript:alert(1))");
    expect(html).not.toContain("<a");
    expect(html).toContain("klik hier");
  });

  it("drops the inline style of a table's column alignment", () => {
    const html = renderRichText("| a | b |\n|:-:|--:|\n| 1 | 2 |");
    expect(html).toContain("<table>");
    expect(html).toContain("<td>1</td>");
    expect(html).not.toContain("style");
  });
});
