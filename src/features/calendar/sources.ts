/**
 * The calendar's extension point: features whose moments belong in the school year's calendar
 * (events, conversation rounds) answer it through their manifests (`contributes`), so the
 * calendar lists them without knowing them. Kept in a module that imports nothing of the
 * calendar, so a contributing feature's index can import it without a cycle.
 */
import type { Tx } from "../../db/client.js";
import { calendarItemKind } from "../../db/schema/index.js";
import { extensionPoint } from "../../web/extension.js";

/** What an entry may be: an item's kinds (the database's enum), and the school's events and volunteer tasks. */
export const calendarKinds = [...calendarItemKind.enumValues, "event", "volunteer"] as const;
export type CalendarKind = (typeof calendarKinds)[number];

/** Whose calendar: the organisation, and the groups they see (null: every group, for staff). */
export interface CalendarAudience {
  orgId: string;
  userId: string;
  groupIds: readonly string[] | null;
}

/** Whether the audience sees a row for these groups: staff every row, others a row of a group they see. */
export function audienceSees(audience: CalendarAudience, groups: readonly { id: string }[]): boolean {
  const { groupIds } = audience;
  return groupIds === null || groups.some((g) => groupIds.includes(g.id));
}

export type CalendarWhen =
  { allDay: true; startsOn: string; endsOn: string } | { allDay: false; startsAt: Date; endsAt: Date };

export interface CalendarEntry {
  /** Unique across Samen and stable, such as "<event id>@samen"; the feed's UID. */
  uid: string;
  /** Rises with every change, so a subscribed calendar replaces the entry. */
  sequence: number;
  title: string;
  kind: CalendarKind;
  when: CalendarWhen;
  place?: string | undefined;
  description?: string | undefined;
  /** An item added by hand, which staff may change (its id). */
  itemId?: string | undefined;
  /** The page in Samen about it. */
  href?: string | undefined;
  /** The groups it is for, by name; empty for the whole organisation. */
  groups: string[];
}

export interface CalendarSource {
  name: string;
  /** The entries this audience may see that touch the school dates from..to (inclusive). */
  read(tx: Tx, audience: CalendarAudience, range: { from: string; to: string }): Promise<CalendarEntry[]>;
}

export const calendarSources = extensionPoint<CalendarSource>("calendar.sources");
