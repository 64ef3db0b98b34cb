/** One form sent more than once, as a double click or a browser's retry sends it (decision 007). */
import { expect } from "vitest";
import { newToken } from "../../src/auth/tokens.js";
import type { TestClient } from "./test-context.js";

/** The same form, with the same one-time token, posted `times` times at once. */
export function postAtOnce(client: TestClient, path: string, form: Record<string, string | string[]>, times = 5) {
  const once = newToken();
  return Promise.all(Array.from({ length: times }, () => client.post(path, form, { once })));
}

/** Every answer is the same redirect, to `location`. */
export function expectAllRedirectTo(answers: Response[], location: string) {
  expect(answers.map((a) => [a.status, a.headers.get("location")])).toEqual(answers.map(() => [303, location]));
}
