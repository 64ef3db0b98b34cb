/** Props and helpers the views of this feature share. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";

export interface ViewProps {
  t: Translate;
  csrf: string;
  locale: Locale;
}

export interface FormState {
  values?: FormValues;
  errors?: FormErrors;
}

export interface GroupChoice {
  id: string;
  name: string;
  schoolYear: string;
}

/** Options for a group select: "Groep 5 (2026-2027)". */
export function groupOptions(groups: GroupChoice[]) {
  return groups.map((g) => ({ value: g.id, label: `${g.name} (${g.schoolYear})` }));
}
