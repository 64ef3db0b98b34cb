/** Checks that a page was shown: 200 and the texts it must contain. */
import { expect } from "vitest";

/** The response is a page (200) with every one of `texts`; returns the page for further checks. */
export async function expectPage(response: Response, texts: readonly string[] = []): Promise<string> {
  expect(response.status).toBe(200);
  const html = await response.text();
  for (const text of texts) expect(html).toContain(text);
  return html;
}
