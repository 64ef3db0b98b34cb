/** The fixed choices of the campaign's forms: who endorses, and the themes of stories and tips. */

export const endorserRoles = ["parent", "teacher", "school_leader", "school", "organisation"] as const;
export type EndorserRole = (typeof endorserRoles)[number];

export const storyThemes = [
  "busy_parents",
  "assertive_parents",
  "hesitant_parents",
  "diverse_parents",
  "parent_expertise",
  "dreaded_conversation",
  "other",
] as const;
export type StoryTheme = (typeof storyThemes)[number];

export const storyKinds = ["story", "tip"] as const;
export type StoryKind = (typeof storyKinds)[number];

/** How long a confirmation link works. */
export const CONFIRM_HOURS = 48;
/** Unconfirmed and used requests are deleted this long after they were made. */
export const REQUEST_RETENTION_DAYS = 7;
/** Rejected stories are deleted this long after the decision. */
export const REJECTED_RETENTION_DAYS = 30;
