/**
 * `npm run bench -- rich-text`: what rendering on read costs. A 5 kB news post (headings, lists,
 * links, a table, emphasis) rendered to sanitised HTML and to plain text, many times after a
 * warm-up; the median per render, uncached and from the cache, beside escaping the same text as plain HTML (the cost of
 * showing it without Markdown), measured in the same run. JSON last line.
 */
import { renderRichText, renderUncached } from "../src/lib/rich-text/render.js";
import { richTextAsPlain } from "../src/lib/rich-text/plain.js";

function post(bytes: number): string {
  const part = [
    "## Nieuws uit groep 5\n",
    "Deze week werkten we aan **breuken** en lazen we _Pluk van de Petteflet_. Zie [de site](https://school.example/nieuws).\n",
    "- Woensdag: gym, neem **schoenen** mee\n- Vrijdag: uitje naar het bos (https://bos.example)\n",
    "1. Laarzen\n2. Lunch\n3. Regenjas\n",
    "> Een vraag? Mail juf@school.example\n",
    "| dag | wat |\n|---|---|\n| ma | lezen |\n| di | rekenen |\n",
  ].join("\n");
  let text = "";
  while (text.length < bytes) text += part + "\n";
  return text.slice(0, bytes);
}

function median(fn: () => unknown, runs: number): number {
  for (let i = 0; i < 200; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function run(): Promise<void> {
  const source = post(5 * 1024);
  const figures = {
    bytes: Buffer.byteLength(source),
    htmlMs: median(() => renderUncached(source), 1000),
    // A fresh string each time, as a row read from the database is: its hash is computed anew.
    cachedMs: median(() => renderRichText(Buffer.from(source).toString()), 1000),
    plainMs: median(() => richTextAsPlain(source), 1000),
    escapeMs: median(() => escape(source), 1000),
  };
  console.log(`5 kB post to sanitised HTML: ${figures.htmlMs.toFixed(3)} ms (median)`);
  console.log(`the same from the cache:     ${figures.cachedMs.toFixed(3)} ms`);
  console.log(`5 kB post to plain text:     ${figures.plainMs.toFixed(3)} ms`);
  console.log(
    `escaping it as plain HTML:   ${figures.escapeMs.toFixed(3)} ms (${(figures.htmlMs / figures.escapeMs).toFixed(0)}x)`,
  );
  console.log(JSON.stringify(figures));
  return Promise.resolve();
}
