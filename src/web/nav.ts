/** Links features add to the header; the app collects them, the layout shows them. */
import type { Viewer } from "../auth/viewer.js";
import type { MessageKey } from "./i18n/index.js";

export interface NavLink {
  href: string;
  label: MessageKey;
  /** Whether this viewer has anything behind the link. */
  shownTo(viewer: Viewer): boolean;
}
