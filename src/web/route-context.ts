/**
 * What a handler reads from its request besides the form: the organisation scope it hands its
 * services, the ids in its path and what every page view takes. The viewer and the guards are in
 * guards.ts.
 */
import type { Context } from "hono";
import { z } from "zod";
import type { ViewerScope } from "../db/org-scope.js";
import type { AppEnv } from "./env.js";
import type { PageProps } from "./page-props.js";
import { NotFoundError } from "./errors.js";
import { currentOrgId, viewerOf } from "./guards.js";

/** The database, the current organisation and the signed-in person: what every service takes. */
export function scopeOf(c: Context<AppEnv>): ViewerScope {
  return { db: c.var.deps.db, orgId: currentOrgId(c), userId: viewerOf(c).userId };
}

/** An id as the database makes them (any 8-4-4-4-12 hexadecimal), so a malformed one never reaches a query. */
export const idSchema = z.guid();

export function isId(value: string | undefined): value is string {
  return idSchema.safeParse(value).success;
}

/** An id from the path; anything that is not an id cannot exist, so it answers 404. */
export function pathId(c: Context<AppEnv>, name: string): string {
  const value = c.req.param(name);
  if (!isId(value)) throw new NotFoundError(name);
  return value;
}

/** What every page view takes from its request: spread `{...pageProps(c)}` instead of naming the three. */
export function pageProps(c: Context<AppEnv>): PageProps {
  return { t: c.var.t, locale: c.var.locale, csrf: c.var.csrfToken };
}
