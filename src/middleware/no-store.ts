/**
 * Nothing the app itself renders may be kept by a browser or a proxy: signed-in pages and
 * exports show pupils and parents, a respondent's pages their answers, sign-in pages carry
 * tokens. So every response gets `Cache-Control: no-store` unless its handler chose otherwise;
 * only the static files (served before this) are cacheable.
 * On the response's own headers: c.header() after the handler copies the response into a new one
 * whose body is a stream, which @hono/node-server then pipes instead of writing the page's text.
 */
import { createMiddleware } from "hono/factory";

export const noStore = createMiddleware(async (c, next) => {
  await next();
  const headers = c.res.headers;
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", "no-store");
});
