/** What every page of the board hands its views about the viewer and the request. */
import type { Locale, Translate } from "../../../web/i18n/index.js";

export interface BoardBase {
  t: Translate;
  locale: Locale;
  csrf: string;
  /** The viewer's own name, offered as a signature. */
  viewerName: string;
  moderates: boolean;
}
