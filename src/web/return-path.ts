/**
 * Where sign-in returns to: a page that sent the person to /sign-in?next=… (a guard, a "sign in
 * again" page) gets them back there instead of /home. The path is kept in a short-lived cookie,
 * not in the mailed link, so it survives the link, the password and the second step without
 * passing through each form; only a path of this site is kept or followed (localPath).
 */
import type { Context } from "hono";
import { setCookie } from "hono/cookie";
import { cookieOptions, forgetCookie, readCookie } from "../middleware/cookies.js";
import type { AppEnv } from "./env.js";
import { localPath } from "./local-path.js";

const COOKIE = "samen_next";
/** As long as a sign-in link stays valid, with room to open the mail. */
const KEEP_SECONDS = 3600;

/** Remembers the sign-in page's `next` when it is a path of this site; forgets an older one otherwise. */
export function rememberReturnPath(c: Context<AppEnv>): void {
  const secure = c.var.deps.config.secureCookies;
  const path = localPath(c.req.query("next"));
  if (path) setCookie(c, COOKIE, path, cookieOptions(secure, KEEP_SECONDS));
  else if (readCookie(c, COOKIE, secure) !== undefined) forgetCookie(c, COOKIE, secure);
}

/** The page to go to once fully signed in (the remembered one, else /home); forgets it. */
export function takeReturnPath(c: Context<AppEnv>): string {
  const secure = c.var.deps.config.secureCookies;
  const kept = readCookie(c, COOKIE, secure);
  if (kept !== undefined) forgetCookie(c, COOKIE, secure);
  return localPath(kept) ?? "/home";
}
