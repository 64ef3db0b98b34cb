/**
 * The parents' browsers for the booking bench: a session made directly (2,000 mailed links
 * would only measure the sign-in rate limit), the booking page fetched once as a browser
 * does (which sets the CSRF cookie and carries the token in the form), and form posts through
 * the bench's light HTTP client (bench/lib.ts).
 */
import { createSession } from "../../src/auth/sessions.js";
import { newToken } from "../../src/auth/tokens.js";
import { FORM_TOKEN_FIELD } from "../../src/web/once-per-form.js";
import type http from "node:http";
import type { Db } from "../../src/db/client.js";
import { request } from "../lib.js";

export interface Browser {
  cookie: string;
  csrf: string;
}

export interface Answer {
  status: number;
  ms: number;
}

/** One request with the browser's cookies; the latency runs until the whole body is read. */
export async function send(
  base: string,
  path: string,
  options: { method: "GET" | "POST"; cookie: string; body?: string; agent?: http.Agent },
): Promise<Answer & { body: string; setCookies: string[] }> {
  const url = new URL(path, base);
  const headers: Record<string, string> = { cookie: options.cookie };
  if (options.body !== undefined) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    headers["content-length"] = String(Buffer.byteLength(options.body));
    headers.origin = url.origin;
  }
  const response = await request(url, { method: options.method, headers, body: options.body, agent: options.agent });
  return { ...response, setCookies: response.headers["set-cookie"] ?? [] };
}

/** Signs a parent in and opens the booking page; the CSRF token comes from the form, as in a browser. */
export async function openBrowser(db: Db, base: string, userId: string, page: string): Promise<Browser> {
  const token = await createSession(db, {
    userId,
    fullyAuthenticated: true,
    policy: { idleMinutes: 60, absoluteHours: 12 },
  });
  const session = `samen_session=${token}`;
  const response = await send(base, page, { method: "GET", cookie: session });
  const cookie = response.setCookies.map((c) => c.split(";")[0]).find((c) => c?.startsWith("samen_csrf="));
  const csrf = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
  if (response.status !== 200 || !cookie || !csrf) {
    throw new Error(`the booking page answered ${response.status} without a CSRF token`);
  }
  return { cookie: `${session}; ${cookie}`, csrf };
}

/** Posts the booking form of one slot for one child, as a freshly shown form (its own one-time token). */
export function postBooking(
  base: string,
  browser: Browser,
  roundId: string,
  form: { pupilId: string; slotId: string },
  agent?: http.Agent,
): Promise<Answer> {
  const body = new URLSearchParams({ _csrf: browser.csrf, [FORM_TOKEN_FIELD]: newToken(), ...form }).toString();
  const path = `/conversations/rounds/${roundId}/book`;
  return send(base, path, { method: "POST", cookie: browser.cookie, body, agent }).then(({ status, ms }) => ({
    status,
    ms,
  }));
}

/** Runs fn over items with at most `limit` in flight. */
export async function inBatches<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
