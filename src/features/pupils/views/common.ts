/** Props and helpers the views of this feature share. */
import type { FormState as ShownForm } from "../../../web/validation.js";

export type { PageProps as ViewProps } from "../../../web/page-props.js";

/** A form that may be shown for the first time (nothing typed yet). */
export type FormState = Partial<ShownForm>;

export interface GroupChoice {
  id: string;
  name: string;
  schoolYear: string;
}

/** Options for a group select: "Groep 5 (2026-2027)". */
export function groupOptions(groups: GroupChoice[]) {
  return groups.map((g) => ({ value: g.id, label: `${g.name} (${g.schoolYear})` }));
}
