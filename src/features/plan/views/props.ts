/** What every page of the plan takes besides its data. */
import type { Locale, Translate } from "../../../web/i18n/index.js";

export interface PlanBase {
  t: Translate;
  locale: Locale;
  csrf: string;
  /** The school leader or coordinator: writes, publishes, answers. */
  edits: boolean;
}
