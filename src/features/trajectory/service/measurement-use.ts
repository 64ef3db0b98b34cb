/** What the trajectory tells before one of its measurements is deleted (the link goes with it: on delete cascade). */
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { trajectoryMeasurements } from "../../../db/schema/index.js";
import type { MeasurementDependent } from "../../measurements/index.js";

export async function trajectoryUseOf(
  tx: Tx,
  orgId: string,
  measurement: { id: string; kind: string },
): Promise<MeasurementDependent[]> {
  const [link] = await tx
    .select({ trajectoryId: trajectoryMeasurements.trajectoryId })
    .from(trajectoryMeasurements)
    .where(ofOrg(trajectoryMeasurements, orgId, { measurementId: measurement.id }))
    .limit(1);
  if (!link) return [];
  const key =
    measurement.kind === "baseline"
      ? "trajectory.measurementUse.baseline"
      : measurement.kind === "final"
        ? "trajectory.measurementUse.final"
        : "trajectory.measurementUse.other";
  return [{ key }];
}
