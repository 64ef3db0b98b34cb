/**
 * The calendar of one person in one organisation: the items added by hand and every feature's
 * entries through the extension point, for the groups they may see, in order of time.
 */
import type { Tx } from "../../../db/client.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { startOfDay } from "../../../lib/time/school-date.js";
import { contributionsTo } from "../../../web/extension.js";
import { calendarSources, type CalendarAudience, type CalendarEntry } from "../sources.js";
import { audienceOf } from "./audience.js";
import { itemSource } from "./items.js";

export const startOf = (entry: CalendarEntry): number =>
  entry.when.allDay ? startOfDay(entry.when.startsOn).getTime() : entry.when.startsAt.getTime();

export async function entriesFor(
  tx: Tx,
  audience: CalendarAudience,
  range: { from: string; to: string },
): Promise<CalendarEntry[]> {
  const sources = [itemSource, ...contributionsTo(calendarSources)];
  const entries: CalendarEntry[] = [];
  for (const source of sources) entries.push(...(await source.read(tx, audience, range)));
  return entries.sort((a, b) => startOf(a) - startOf(b) || a.title.localeCompare(b.title, "nl"));
}

export function calendarOf(
  scope: ViewerScope & { staff: boolean; guardian: boolean; from: string; to: string },
): Promise<CalendarEntry[]> {
  return inOrg(scope, async (tx) => {
    const audience = await audienceOf(tx, { ...scope, orgId: scope.orgId });
    return audience ? entriesFor(tx, audience, { from: scope.from, to: scope.to }) : [];
  });
}
