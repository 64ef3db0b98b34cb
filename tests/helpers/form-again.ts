/** Checks that a refused form post shows the form again: status 422 and each message on the page. */
import { expect } from "vitest";

/** Asserts the 422 and every message; answers the page for any further checks. */
export async function expectFormAgain(response: Response, messages: readonly string[]): Promise<string> {
  expect(response.status).toBe(422);
  const page = await response.text();
  for (const message of messages) expect(page).toContain(message);
  return page;
}
