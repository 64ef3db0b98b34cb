/** Checks that a page was shown: 200 and the texts it must contain. */
import { expect } from "vitest";

/** The response is a page (200) with every one of `texts`; returns the page for further checks. */
export async function expectPage(response: Response, texts: readonly string[] = []): Promise<string> {
  expect(response.status).toBe(200);
  const html = await response.text();
  for (const text of texts) expect(html).toContain(text);
  return html;
}

/** The table a caption names, from the caption to the end of its table: a page's figures, one table at a time. */
export const tableOf = (html: string, caption: string) =>
  html.slice(html.indexOf(caption), html.indexOf("</table>", html.indexOf(caption)));

/**
 * Each form's labels and hints belong to its own fields, as a person tapping a label or a screen
 * reader finds them: every id on the page is unique, and every `<label for>`, `aria-describedby` and
 * error summary link (`href="#…"`) inside a form names an element of that same form (forms do not nest).
 */
export function expectFormsLabelled(html: string): void {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  expect(twice, "ids used more than once on the page").toEqual([]);
  for (const [form] of html.matchAll(/<form[\s\S]*?<\/form>/g)) {
    const own = new Set([...form.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    const named = [
      ...[...form.matchAll(/\sfor="([^"]+)"/g)].map((m) => m[1]!),
      ...[...form.matchAll(/\saria-describedby="([^"]+)"/g)].flatMap((m) => m[1]!.split(" ")),
      ...[...form.matchAll(/\shref="#([^"]+)"/g)].map((m) => m[1]!),
    ];
    const elsewhere = named.filter((id) => !own.has(id));
    expect(elsewhere, `labels or hints pointing outside their form ${form.slice(0, form.indexOf(">") + 1)}`).toEqual(
      [],
    );
  }
}
