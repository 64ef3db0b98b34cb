/**
 * Checks that a form post was refused: the form comes again (422) and says what was wrong, the post
 * conflicts (409) and says why, or it came too often (429) and says when to try again.
 */
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

/**
 * The form shown again with 429 (Too Many Requests), as every limit answers, with when to retry
 * (Retry-After, in seconds) and every one of `messages`; returns the page for further checks.
 */
export async function expectTooOften(response: Response, messages: readonly string[]): Promise<string> {
  expect(response.status).toBe(429);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  const html = await response.text();
  for (const message of messages) expect(html).toContain(message);
  return html;
}
