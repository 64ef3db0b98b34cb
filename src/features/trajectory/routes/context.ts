/** What every trajectory page hands its views about the viewer. */
import type { Context } from "hono";
import { canManageOrganisation } from "../../../auth/viewer.js";
import type { AppEnv } from "../../../web/env.js";
import { viewerOf } from "../../../web/guards.js";
import { pageProps } from "../../../web/route-context.js";
import { mayLeadTrajectory } from "../policy.js";
import type { StaffBase } from "../views/props.js";

export function staffBase(c: Context<AppEnv>): StaffBase {
  const viewer = viewerOf(c);
  return {
    ...pageProps(c),
    leads: mayLeadTrajectory(viewer),
    seesMeasurements: canManageOrganisation(viewer),
  };
}
