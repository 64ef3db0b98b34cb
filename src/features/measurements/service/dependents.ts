/**
 * What depends on a measurement, asked before it is deleted: features built on measurements (the
 * trajectory, the plan) answer through the extension point `measurementDependents`, each with
 * sentences from its own catalog that say what uses the measurement and what becomes of it.
 */
import type { Tx } from "../../../db/client.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { contributionsTo, extensionPoint } from "../../../web/extension.js";
import type { MessageKey } from "../../../web/i18n/index.js";

export interface MeasurementDependent {
  key: MessageKey;
  values?: Record<string, string | number>;
}

export type MeasurementDependentSource = (
  tx: Tx,
  orgId: string,
  measurement: { id: string; kind: string },
) => Promise<MeasurementDependent[]>;

export const measurementDependents = extensionPoint<MeasurementDependentSource>("measurements.dependents");

export function dependentsOf(scope: OrgScope, measurement: { id: string; kind: string }) {
  return inOrg(scope, async (tx) => {
    const found: MeasurementDependent[] = [];
    for (const source of contributionsTo(measurementDependents))
      found.push(...(await source(tx, scope.orgId, measurement)));
    return found;
  });
}
