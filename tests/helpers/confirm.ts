/** Checks that a destructive post is reached through a confirmation page, not by one click. */
import { expect } from "vitest";
import type { TestClient } from "./app.js";

/**
 * The page at `from` links to `${action}` (a GET: the confirmation) instead of posting to it,
 * and that page asks "Weet u het zeker?", names each of `what` and posts to `action` only there.
 */
export async function expectConfirmationStep(client: TestClient, from: string, action: string, what: string[]) {
  const before = await (await client.get(from)).text();
  expect(before).toContain(`href="${action}"`);
  expect(before).not.toContain(`action="${action}"`);
  const confirm = await client.get(action);
  expect(confirm.status).toBe(200);
  const html = await confirm.text();
  expect(html).toContain("Weet u het zeker?");
  expect(html).toContain(`action="${action}"`);
  for (const line of what) expect(html).toContain(line);
}
