/**
 * The demo's information evening at De Regenboog, three weeks from now for the whole school, with
 * room for 6 and 5 places taken, so a parent who signs up for two lands on the waiting list and
 * sees their place; made through the events' own services, as staff and parents would.
 */
import type { Tx } from "../../db/client.js";
import { schoolDayIn } from "../../lib/time/school-date.js";
import { saveSchoolEvent } from "./service/school-events.js";
import { signUp } from "./service/signups.js";

export async function seedEventsDemo(
  tx: Tx,
  orgId: string,
  people: { organiserId: string; rsvps: readonly { userId: string; people: number }[] },
): Promise<string> {
  const day = schoolDayIn(21);
  const deps = { jobs: { send: async () => null }, config: { publicUrl: "", MAIL_FROM: "" } } as never;
  const saved = await saveSchoolEvent(
    {
      db: tx,
      orgId,
      userId: people.organiserId,
      eventId: null,
      input: {
        kind: "information_evening",
        title: "Informatieavond: samen lezen met uw kind",
        day,
        startsAt: "19:30",
        endsAt: "21:00",
        place: "De aula",
        onlineUrl: "",
        description:
          "De leesspecialist vertelt hoe u thuis het lezen kunt steunen, ook als u zelf weinig leest. **Koffie en thee staan klaar.**",
        capacity: 6,
        audience: "all",
        groups: [],
      },
    },
    deps,
  );
  if (!saved.ok) throw new Error("demo event not saved");
  for (const rsvp of people.rsvps) await signUp(tx, { orgId, eventId: saved.eventId, ...rsvp });
  return saved.eventId;
}
