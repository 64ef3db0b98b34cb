/**
 * The demo's school year in the calendar of De Regenboog: newsletters each month, the holidays,
 * reports, a study day and a trip for one group, added as staff would by hand; events and
 * conversation rounds join them through their own features.
 */
import type { Tx } from "../../db/client.js";
import { saveItem } from "./service/items.js";
import type { ItemInput } from "./schemas.js";

/** `startYear`: the calendar year the school year starts in (August). */
export async function seedCalendarDemo(
  tx: Tx,
  orgId: string,
  options: { createdBy: string; startYear: number; tripGroupId: string | null },
): Promise<void> {
  const y = options.startYear;
  const item = (title: string, kind: ItemInput["kind"], startsOn: string, endsOn = startsOn): ItemInput => ({
    title,
    kind,
    startsOn,
    endsOn,
    startTime: null,
    endTime: null,
    description: "",
    audience: "all",
    groups: [],
  });
  const months = ["09", "10", "11", "12", "01", "02", "03", "04", "05", "06", "07"];
  const items: ItemInput[] = [
    item("Eerste schooldag", "other", `${y}-08-24`),
    ...months.map((m) => item("Nieuwsbrief", "newsletter", `${Number(m) >= 8 ? y : y + 1}-${m}-01`)),
    item("Herfstvakantie", "holiday", `${y}-10-17`, `${y}-10-25`),
    item("Studiedag: kinderen vrij", "study_day", `${y}-11-16`),
    { ...item("Sinterklaasfeest", "other", `${y}-12-04`), startTime: "08:30", endTime: "12:00" },
    item("Kerstvakantie", "holiday", `${y}-12-19`, `${y + 1}-01-03`),
    item("Eerste rapport mee", "report", `${y + 1}-02-05`),
    item("Voorjaarsvakantie", "holiday", `${y + 1}-02-13`, `${y + 1}-02-21`),
    item("Meivakantie", "holiday", `${y + 1}-04-24`, `${y + 1}-05-09`),
    item("Tweede rapport mee", "report", `${y + 1}-07-01`),
    item("Zomervakantie", "holiday", `${y + 1}-07-17`, `${y + 1}-08-29`),
  ];
  if (options.tripGroupId)
    items.push({
      ...item("Schoolreis naar de Efteling", "trip", `${y + 1}-06-10`),
      audience: "groups",
      groups: [options.tripGroupId],
      description: "Vertrek 8:15 bij school, terug rond 17:30. Geef een lunchpakket mee.",
    });
  for (const input of items) await saveItem({ db: tx, orgId, userId: options.createdBy, itemId: null, input });
}
