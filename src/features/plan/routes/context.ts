/** What every plan page hands its views about the viewer. */
import type { Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { viewerOf } from "../../../web/guards.js";
import { mayEditPlan } from "../policy.js";
import type { PlanBase } from "../views/props.js";

export function planBase(c: Context<AppEnv>): PlanBase {
  return { t: c.var.t, locale: c.var.locale, csrf: c.var.csrfToken, edits: mayEditPlan(viewerOf(c)) };
}
