/** Cookie names and options: __Host- prefixed and Secure when served over HTTPS. */
import type { Context } from "hono";
import { deleteCookie, getCookie } from "hono/cookie";
import type { CookieOptions } from "hono/utils/cookie";

export function cookieName(base: string, secure: boolean): string {
  return secure ? `__Host-${base}` : base;
}

export function cookieOptions(secure: boolean, maxAgeSeconds?: number): CookieOptions {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "Lax",
    secure,
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
    ...(secure ? { prefix: "host" as const } : {}),
  };
}

/** The value of a cookie set with cookieOptions(secure). */
export function readCookie(c: Context, base: string, secure: boolean): string | undefined {
  return getCookie(c, cookieName(base, secure));
}

/** Removes a cookie set with cookieOptions(secure). */
export function forgetCookie(c: Context, base: string, secure: boolean): void {
  deleteCookie(c, cookieName(base, secure), { path: "/", secure });
}
