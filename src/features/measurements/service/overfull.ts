/**
 * An audience with more responses than people. An open link never takes more than the people it
 * serves (open-link-room.ts), but an invitee who answers by mail after it was used up is never
 * turned away, so a class can end with more responses than people: someone filled in through the
 * printed code more than once, or parents answered both ways. Its figures cannot be trusted, and
 * staff are told so on the measurement's page and on its results. Counts only, as the rates are.
 */
import { isNotNull } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurementAudiences } from "../../../db/schema/index.js";
import type { RespondentGroup } from "../domain/instrument.js";
import { peopleOfClasses } from "./open-link-room.js";

interface ClassAudience {
  id: string;
  group: RespondentGroup;
  groupId: string | null;
}

export const isOverfull = (audience: { people: number | null; responded: number }): boolean =>
  audience.people !== null && audience.responded > audience.people;

/** How many people each class audience serves now: its pupils, or for parents their guardians. The team gets none. */
export async function peopleNow(
  tx: Tx,
  orgId: string,
  audiences: readonly ClassAudience[],
): Promise<Map<string, number>> {
  const ofClass = audiences.filter((a) => a.groupId && a.group !== "team");
  const classes = await peopleOfClasses(
    tx,
    orgId,
    ofClass.map((a) => a.groupId!),
  );
  return new Map(
    ofClass.map((a) => {
      const people = classes.get(a.groupId!);
      return [a.id, (a.group === "parents" ? people?.guardians.size : people?.pupils.size) ?? 0];
    }),
  );
}

/** At closing: each class audience keeps how many people it served, so the warning stays true when children move on. */
export async function fixPeople(tx: Tx, orgId: string, measurementId: string): Promise<void> {
  const rows = await tx
    .select()
    .from(measurementAudiences)
    .where(ofOrg(measurementAudiences, orgId, { measurementId }, isNotNull(measurementAudiences.groupId)));
  const audiences = rows.map((a) => ({ id: a.id, group: a.respondentGroup, groupId: a.groupId }));
  for (const [id, people] of await peopleNow(tx, orgId, audiences)) {
    await tx
      .update(measurementAudiences)
      .set({ people })
      .where(ofOrg(measurementAudiences, orgId, { id }));
  }
}
