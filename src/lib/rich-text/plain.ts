/**
 * Rich text as plain text, for the text part of a mail and for excerpts: what a reader sees,
 * without Markdown's marks. Links keep their address after the text ("site (https://…)"), list
 * items their bullet or number, paragraphs a blank line between them. Walks markdown-it's tokens,
 * so it reads the source exactly as the HTML rendering does.
 */
import { parseRichText } from "./render.js";

type Token = ReturnType<typeof parseRichText>[number];

interface Line {
  text: string;
  /** A list item after another of the same list: no blank line before it. */
  nextItem: boolean;
}

interface Walk {
  lines: Line[];
  /** The open lists: null for bullets, the next number for ordered ones. */
  lists: (number | null)[];
  /** The bullet of a list item whose text comes next. */
  bullet: string;
  /** Items written in the list open now: its first comes after a blank line, the rest do not. */
  items: number;
  /** The address of the link being written, added after its text. */
  href: string | null;
}

function inline(children: readonly Token[], walk: Walk): string {
  let text = "";
  for (const token of children) {
    if (token.type === "text" || token.type === "code_inline") text += token.content;
    else if (token.type === "softbreak" || token.type === "hardbreak") text += "\n";
    else if (token.type === "link_open") walk.href = String(token.attrGet("href") ?? "");
    else if (token.type === "link_close") {
      text += linkSuffix(text, walk.href);
      walk.href = null;
    }
  }
  return text;
}

/** " (address)" unless the text already is the address (a bare link or a mailto). */
function linkSuffix(text: string, href: string | null): string {
  if (!href) return "";
  return text.endsWith(href.replace(/^mailto:/, "")) ? "" : ` (${href})`;
}

function bulletOf(walk: Walk): string {
  const depth = walk.lists.length;
  const next = walk.lists[depth - 1];
  const indent = "  ".repeat(Math.max(0, depth - 1));
  if (next === null || next === undefined) return `${indent}- `;
  walk.lists[depth - 1] = next + 1;
  return `${indent}${next}. `;
}

function push(walk: Walk, text: string): void {
  const item = walk.bullet !== "";
  walk.lines.push({ text: walk.bullet + text, nextItem: item && walk.items > 0 });
  if (item) walk.items += 1;
  walk.bullet = "";
}

function step(token: Token, walk: Walk): void {
  switch (token.type) {
    case "bullet_list_open":
    case "ordered_list_open":
      if (walk.lists.length === 0) walk.items = 0;
      walk.lists.push(token.type === "bullet_list_open" ? null : Number(token.attrGet("start") ?? 1));
      return;
    case "bullet_list_close":
    case "ordered_list_close":
      return void walk.lists.pop();
    case "list_item_open":
      walk.bullet = bulletOf(walk);
      return;
    case "inline":
      return push(walk, inline(token.children ?? [], walk));
    case "fence":
    case "code_block":
      return push(walk, token.content.replace(/\n$/, ""));
    case "hr":
      return push(walk, "---");
  }
}

/** The source as plain text: paragraphs apart by a blank line, list items on lines of their own. */
export function richTextAsPlain(source: string): string {
  const walk: Walk = { lines: [], lists: [], bullet: "", items: 0, href: null };
  for (const token of parseRichText(source)) step(token, walk);
  return walk.lines.map((line, i) => (i === 0 ? "" : line.nextItem ? "\n" : "\n\n") + line.text).join("");
}
