/** Cookie names and options: __Host- prefixed and Secure when served over HTTPS. */
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
