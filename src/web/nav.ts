/** Links features add to the header; the app collects them, the layout shows them. */
import type { Viewer } from "../auth/viewer.js";
import type { MessageKey } from "./i18n/index.js";

export interface NavLink {
  href: string;
  label: MessageKey;
  /** Whether this viewer has anything behind the link. */
  shownTo(viewer: Viewer): boolean;
}

/** A page for everyone (the campaign, the panel, the advice desk…), listed on the landing page. */
export interface PublicLink {
  href: string;
  label: MessageKey;
  /** One sentence on what a visitor finds there. */
  summary: MessageKey;
}
