/**
 * The size a posted form may have. It is checked before anything reads the body (the CSRF
 * check reads the whole form), so an oversized body is refused unread, with the page for
 * invalid input. File uploads set their own, larger limit.
 */
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";

/** Generous for every form and passkey request here: the longest, a questionnaire on one page, is a few kB. */
export const MAX_FORM_BYTES = 256 * 1024;

const tooLarge = () => {
  throw new HTTPException(413);
};

/**
 * A body without a declared length (chunked) is read here, up to the limit, before anything
 * else reads it: Hono's bodyLimit buffers it and throws at the first byte too many. Were it
 * only counted while a later reader reads, the CSRF check, which treats an unreadable form as
 * one without a token, would answer 403 (tests/security/responses.test.ts sends one over HTTP).
 */
const countedLimit = bodyLimit({ maxSize: MAX_FORM_BYTES, onError: tooLarge });

const formLimit = createMiddleware(async (c, next) => {
  if (c.req.method === "GET" || c.req.method === "HEAD") return next();
  // The declared length decides when there is one: reading the headers only, the request
  // object that carries the body is not even built (@hono/node-server makes it lazily).
  const length = c.req.header("content-length");
  if (length === undefined || c.req.header("transfer-encoding")) return countedLimit(c, next);
  return Number(length) > MAX_FORM_BYTES ? tooLarge() : next();
});

/**
 * The form limit on every path but those with a limit of their own (file uploads), which get
 * theirs. A path may name a parameter ("/messages/:threadId/posts"): it stands for one segment.
 */
const pathPattern = (path: string) => new RegExp(`^${path.replace(/\/:[^/]+/g, "/[^/]+")}$`);

export function bodyLimits(own: Record<string, MiddlewareHandler>): MiddlewareHandler {
  const patterns = Object.entries(own)
    .filter(([path]) => path.includes("/:"))
    .map(([path, limit]) => ({ pattern: pathPattern(path), limit }));
  const ownLimit = (path: string) => own[path] ?? patterns.find((p) => p.pattern.test(path))?.limit;
  return (c, next) => (ownLimit(c.req.path) ?? formLimit)(c, next);
}

/**
 * The same limits for the pages that need no session (a public form such as "was this helpful?"),
 * which answer before the session and the limits above: only on those pages' own paths, so that
 * every other page still gets its refusal with the viewer's header and language.
 */
export function publicBodyLimits(paths: readonly string[], own: Record<string, MiddlewareHandler>): MiddlewareHandler {
  const publicPaths = paths.map(pathPattern);
  const limits = bodyLimits(own);
  return (c, next) => (publicPaths.some((p) => p.test(c.req.path)) ? limits(c, next) : next());
}
