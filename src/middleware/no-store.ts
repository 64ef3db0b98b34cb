/**
 * Nothing the app itself renders may be kept by a browser or a proxy: signed-in pages and
 * exports show pupils and parents, a respondent's pages their answers, sign-in pages carry
 * tokens. So every response gets `Cache-Control: no-store` unless its handler chose otherwise;
 * only the static files (served before this) are cacheable.
 */
import { createMiddleware } from "hono/factory";

export const noStore = createMiddleware(async (c, next) => {
  await next();
  if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-store");
});
