/** Links features add to the header; the app collects them, the layout shows them. */
import type { Viewer } from "../auth/viewer.js";
import type { MessageKey } from "./i18n/index.js";

/**
 * The menu's sections, in their order, with their headings: a viewer with many links finds them
 * by what they are for. A fixed few, so that every role's menu has the same shape.
 */
export const navGroups = {
  /** What the school tells and asks: news, messages, conversations, meetings, the calendar. */
  contact: "layout.group.contact",
  /** Where parents take part and the school works with them: ideas, agreements, the network. */
  parents: "layout.group.parents",
  /** The school's own work on partnership: measurements, the trajectory, the plan, certification. */
  plan: "layout.group.plan",
  /** Who is in the organisation: groups, pupils, parents and staff, for those who keep them. */
  organisation: "layout.group.organisation",
  /** The national side that platform editors run: campaign, panel, advice, trainings. */
  platform: "layout.group.platform",
} as const satisfies Record<string, MessageKey>;

export type NavGroup = keyof typeof navGroups;

export interface NavLink {
  href: string;
  label: MessageKey;
  /** The menu's section it is listed in (when the viewer has too many links for one list). */
  group: NavGroup;
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
