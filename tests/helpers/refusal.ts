/** Checks that a form post was refused: the form comes again (422) and says what was wrong, or the post conflicts (409) and says why. */
import { expect } from "vitest";

/** The response is the form shown again with 422 and every one of `messages`; returns the page for further checks. */
export async function expectRefused(response: Response, messages: readonly string[] = []): Promise<string> {
  expect(response.status).toBe(422);
  const html = await response.text();
  for (const message of messages) expect(html).toContain(message);
  return html;
}

/** The response refuses what conflicts with how things stand (409) and says why with every one of `messages`. */
export async function expectConflict(response: Response, messages: readonly string[]): Promise<string> {
  expect(response.status).toBe(409);
  const html = await response.text();
  for (const message of messages) expect(html).toContain(message);
  return html;
}
