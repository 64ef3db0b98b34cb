/**
 * A feature's route modules as one sub-app: each module carries its full paths, and they are
 * tried in the order given (a module whose `/:id` would take another's path comes after it).
 */
import { Hono } from "hono";
import type { AppEnv } from "./env.js";

export function joinRoutes(...modules: readonly Hono<AppEnv>[]): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const module of modules) app.route("/", module);
  return app;
}
