/** One-shot messages across a redirect (post → redirect → get), stored as a message key (and its {n}) in a cookie. */
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env.js";
import { isMessageKey, type MessageKey } from "./i18n/index.js";

export function setFlash(c: Context<AppEnv>, key: MessageKey, n?: number): void {
  const value = n === undefined ? key : `${key}|${n}`;
  setCookie(c, "samen_flash", value, { path: "/", httpOnly: true, sameSite: "Lax", maxAge: 60 });
}

/** Redirects with a flash message (303, so the browser follows with GET); `n` fills its {n}. */
export function redirectWithFlash(c: Context<AppEnv>, location: string, key: MessageKey, n?: number) {
  setFlash(c, key, n);
  return c.redirect(location, 303);
}

export const flash = createMiddleware<AppEnv>(async (c, next) => {
  const cookie = getCookie(c, "samen_flash");
  // Only a whole number is taken from the cookie: nothing a visitor sets there reaches the page as text.
  const [key, n] = cookie?.split("|") ?? [];
  const params = n !== undefined && /^\d{1,9}$/.test(n) ? { n: Number(n) } : undefined;
  c.set("flash", key && isMessageKey(key) ? c.var.t(key, params) : null);
  if (cookie) deleteCookie(c, "samen_flash", { path: "/" });
  await next();
});
