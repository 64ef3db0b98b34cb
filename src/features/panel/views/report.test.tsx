/** A report's chart shows every row label and every answer of the legend in full, in both languages. */
import { describe, expect, it } from "vitest";
import { translator, type Locale } from "../../../web/i18n/index.js";
import { figureOf } from "../domain/figures.js";
import { QuestionChart, scaleLabels } from "./report.js";

/** A pessimistic width per character of a sans-serif text (most glyphs are narrower), in ems. */
const EM_PER_CHARACTER = 0.62;

const answers = (counts: number[]) => counts.flatMap((count, i) => Array<number>(count).fill(i + 1));
/** The demo's report: all parents, primary (20) and secondary (7), the secondary bar mostly "a little". */
const cells = [
  { id: "all", figure: figureOf(answers([0, 8, 10, 9, 7])) },
  { id: "primary", figure: figureOf(answers([0, 4, 7, 3, 6])) },
  { id: "secondary", figure: figureOf(answers([0, 3, 1, 2, 1])) },
];

async function chartOf(locale: Locale) {
  const t = translator(locale);
  return String(await (<QuestionChart t={t} title="Ik voel me welkom op school." cells={cells} />).toString());
}

const number = (attributes: string, name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(attributes)![1]);

function textsOf(svg: string) {
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map(([, attributes, text]) => {
    const size = number(attributes!, "font-size");
    const x = number(attributes!, "x");
    const y = number(attributes!, "y");
    return { text: text!, left: x, right: x + text!.length * size * EM_PER_CHARACTER, top: y - size, bottom: y };
  });
}

function barsOf(svg: string) {
  return [...svg.matchAll(/<rect([^>]*)>/g)].map(([, attributes]) => {
    const x = number(attributes!, "x");
    const y = number(attributes!, "y");
    return { left: x, right: x + number(attributes!, "width"), top: y, bottom: y + number(attributes!, "height") };
  });
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("a panel report's chart", () => {
  it.each(["nl", "en"] as const)("gives every row label the room it needs, clear of the bars (%s)", async (locale) => {
    const html = await chartOf(locale);
    const svg = /<svg[^>]*>[\s\S]*?<\/svg>/.exec(html)![0];
    const width = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1]);
    const texts = textsOf(svg);
    const t = translator(locale);
    const secondary = `${t("panel.schoolType.secondary")} (n=7)`;
    expect(texts.map((text) => text.text)).toContain(secondary);
    for (const text of texts) {
      expect(text.left, text.text).toBeGreaterThanOrEqual(0);
      expect(text.right, text.text).toBeLessThanOrEqual(width);
      for (const bar of barsOf(svg).filter((bar) => bar.right > bar.left)) {
        expect(overlap(text, bar), `${text.text} under a bar`).toBe(false);
      }
    }
  });

  it.each(["nl", "en"] as const)(
    "names every answer of the scale in full in a legend that wraps (%s)",
    async (locale) => {
      const html = await chartOf(locale);
      const outsideTheDrawing = html.replace(/<svg[^>]*role="img"[\s\S]*?<\/svg>/, "");
      const legend = /<ul class="[^"]*legend[^"]*"[^>]*>[\s\S]*<\/ul>/.exec(outsideTheDrawing)?.[0] ?? "";
      for (const label of scaleLabels(translator(locale))) expect(legend).toContain(`${label}</li>`);
    },
  );
});
