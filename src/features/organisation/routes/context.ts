/** What organisation handlers share beyond the shared route context: the admin guard, the organisation's name. */
import type { Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { allow, viewerOf } from "../../../web/guards.js";

/** Signed in as a platform administrator. */
export const platformAdmin = allow((viewer) => viewer.isPlatformAdmin);

/** The current organisation's name, as the viewer already knows it. */
export function orgNameOf(c: Context<AppEnv>): string {
  return viewerOf(c).current?.orgName ?? "";
}

/** Every value posted for a checkbox group, to show the boxes ticked again after an error. */
export async function postedList(c: Context<AppEnv>, name: string): Promise<string[]> {
  const value = (await c.req.parseBody({ all: true }))[name];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}
