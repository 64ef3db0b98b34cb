/** Who may do what with the school's measurements; pure predicates over the viewer. */
import { canManageOrganisation, isAdvisor, type Viewer } from "../../auth/viewer.js";
import { allow } from "../../web/guards.js";

/** School leader, coordinator and office create, remind, close and delete measurements. */
export const canRunMeasurements = canManageOrganisation;

/** An advisor the school invited also reads its measurements and results, without changing anything. */
export function canReadMeasurements(viewer: Viewer): boolean {
  return canRunMeasurements(viewer) || isAdvisor(viewer);
}

export const runners = allow(canRunMeasurements);
export const readers = allow(canReadMeasurements);
