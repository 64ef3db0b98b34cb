/**
 * One more try for a safe request whose database connection was lost while it ran (a restart,
 * a failover, pg_terminate_backend): the pool has dropped that connection, so a second try gets
 * a new one and the person sees their page instead of "try again". Only GET and HEAD, which
 * change nothing here (every change is a POST with a CSRF token; what a GET writes — the
 * session's idle clock, a download's audit entry written just before its answer — is written
 * the same way twice), and only once. A connection that cannot be made at all is not tried
 * again: the database is gone, and the try-again page says so at once (src/web/error-pages.tsx).
 */
import type { Context, Hono } from "hono";
import { isConnectionLost } from "../db/connections.js";

/** Marks a response to try again; never leaves the app (Hono copies a response when it adds headers, so a mark on the object would be lost). */
const RETRY = "x-samen-retry";

/** Marks the error page of a safe request that lost its connection, for withRetry to try it again. */
export function offerRetry(c: Context, error: Error): void {
  if ((c.req.method === "GET" || c.req.method === "HEAD") && isConnectionLost(error)) c.header(RETRY, "1");
}

/** The app's fetch, trying a marked request once more. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any app, whatever its bindings
export function withRetry<App extends Hono<any>>(app: App): App {
  const dispatch = app.fetch;
  app.fetch = async (request, env, executionContext) => {
    const first = await dispatch(request, env, executionContext);
    if (!first.headers.has(RETRY)) return first;
    await first.body?.cancel();
    const second = await dispatch(request, env, executionContext);
    if (second.headers.has(RETRY)) second.headers.delete(RETRY);
    return second;
  };
  return app;
}
