/** Reads the session cookie and puts the signed-in Viewer (or null) on the context. */
import { createMiddleware } from "hono/factory";
import { loadViewer } from "../auth/load-viewer.js";
import type { AppEnv } from "../web/env.js";
import { forgetCookie, readCookie } from "./cookies.js";

export const SESSION_COOKIE = "samen_session";

export const session = createMiddleware<AppEnv>(async (c, next) => {
  const { config, db } = c.var.deps;
  const token = readCookie(c, SESSION_COOKIE, config.secureCookies);
  let viewer = null;
  if (token) {
    viewer = await loadViewer(db, token, {
      idleMinutes: config.SESSION_IDLE_MINUTES,
      absoluteHours: config.SESSION_ABSOLUTE_HOURS,
    });
    if (!viewer) forgetCookie(c, SESSION_COOKIE, config.secureCookies);
  }
  c.set("viewer", viewer);
  await next();
});
