/** Names and numbers the import's screens and the command line both show. */
import type { MessageKey, Translate } from "../../web/i18n/index.js";
import type { Field } from "./fields.js";
import type { ImportPlan, PupilChangeField } from "./plan.js";

export function fieldLabel(t: Translate, field: Field | PupilChangeField): string {
  return t(`import.field.${field === "groupName" ? "group" : field}` as const);
}

/** The counts of a plan, in the order they are shown. */
export function countItems(counts: ImportPlan["counts"]): [MessageKey, number][] {
  return [
    ["import.count.pupilsCreated", counts.pupilsToCreate],
    ["import.count.pupilsUpdated", counts.pupilsToUpdate],
    ["import.count.pupilsUnchanged", counts.pupilsUnchanged],
    ["import.count.groupsCreated", counts.groupsToCreate],
    ["import.count.guardiansCreated", counts.guardiansToCreate],
    ["import.count.guardiansUpdated", counts.guardiansToUpdate],
    ["import.count.linksAdded", counts.linksToAdd],
  ];
}
