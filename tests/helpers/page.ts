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
