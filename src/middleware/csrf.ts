/**
 * CSRF protection, two locks: the Origin header, when sent, must be ours,
 * and every state-changing request carries the token from the HttpOnly csrf
 * cookie in a form field or header (double submit), checked in constant time.
 */
import type { Context } from "hono";
import { setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import { newToken, safeEqual } from "../auth/tokens.js";
import type { AppEnv } from "../web/env.js";
import { cookieOptions, readCookie } from "./cookies.js";
import { UnreadableFormError } from "../web/errors.js";

const unsafe = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function cookieToken(c: Context<AppEnv>): string | undefined {
  const token = readCookie(c, "samen_csrf", c.var.deps.config.secureCookies);
  return token && token.length >= 32 ? token : undefined;
}

export const csrfToken = createMiddleware<AppEnv>(async (c, next) => {
  const secure = c.var.deps.config.secureCookies;
  let token = cookieToken(c);
  if (!token) {
    token = newToken();
    setCookie(c, "samen_csrf", token, cookieOptions(secure));
  }
  c.set("csrfToken", token);
  if (unsafe.has(c.req.method)) {
    // Refused from the headers where they tell (no cookie token to match, another site's Origin, a
    // wrong token header), before the body is read: a body read only to be refused holds memory.
    if (!csrfHeadersAllowed(c)) throw new HTTPException(403, { message: "csrf" });
    const sent = c.req.header("x-csrf-token") ?? (await formToken(c));
    if (!sent || !safeEqual(sent, token)) {
      throw new HTTPException(403, { message: "csrf" });
    }
  }
  await next();
});

/**
 * What the check can tell from the headers alone, before the body (which may carry the token) is
 * read: a cookie token to match, an Origin that is ours when sent, and a token header, when sent,
 * that matches. False means the check would refuse the request whatever its body says.
 */
export function csrfHeadersAllowed(c: Context<AppEnv>): boolean {
  const token = cookieToken(c);
  if (!token || !originAllowed(c.req.header("origin"), c.req.url, c.var.deps.config.publicUrl)) return false;
  const sent = c.req.header("x-csrf-token");
  return sent === undefined || safeEqual(sent, token);
}

/** A browser names the page's origin on a POST; it must be ours. Absent (old clients) the token alone decides. */
function originAllowed(origin: string | undefined, requestUrl: string, publicUrl: string): boolean {
  if (origin === undefined) return true;
  return origin === new URL(publicUrl).origin || origin === new URL(requestUrl).origin;
}

/**
 * The token field of a posted form. Hono keeps the parsed form for the request, so the
 * handler's own parseBody reads it again without a second parse (or a clone of the body).
 */
async function formToken(c: Context<AppEnv>): Promise<string | undefined> {
  const type = c.req.header("content-type") ?? "";
  if (!type.includes("form")) return undefined;
  // A body that cannot be read is said so (400), not taken for a missing token.
  const form = await c.req.parseBody().catch((error: unknown) => {
    if (error instanceof UnreadableFormError) throw error;
    return null;
  });
  const value = form?._csrf;
  return typeof value === "string" ? value : undefined;
}
