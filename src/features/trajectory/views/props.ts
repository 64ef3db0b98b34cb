/** What every page of the trajectory takes besides its data. */
import type { Locale, Translate } from "../../../web/i18n/index.js";

export interface PageBase {
  t: Translate;
  locale: Locale;
  csrf: string;
}

/** Staff pages: whether the viewer leads the trajectory (edits) and may open measurement pages. */
export interface StaffBase extends PageBase {
  leads: boolean;
  seesMeasurements: boolean;
}
