/** One-shot messages across a redirect (post → redirect → get), stored as a message key in a cookie. */
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env.js";
import { isMessageKey, type MessageKey } from "./i18n/index.js";

export function setFlash(c: Context<AppEnv>, key: MessageKey): void {
  setCookie(c, "samen_flash", key, { path: "/", httpOnly: true, sameSite: "Lax", maxAge: 60 });
}

/** Redirects with a flash message (303, so the browser follows with GET). */
export function redirectWithFlash(c: Context<AppEnv>, location: string, key: MessageKey) {
  setFlash(c, key);
  return c.redirect(location, 303);
}

export const flash = createMiddleware<AppEnv>(async (c, next) => {
  const key = getCookie(c, "samen_flash");
  c.set("flash", key && isMessageKey(key) ? c.var.t(key) : null);
  if (key) deleteCookie(c, "samen_flash", { path: "/" });
  await next();
});
