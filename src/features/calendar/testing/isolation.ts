/**
 * The route walk's ids of the calendar: the leader adds an item for the whole school. The feed's
 * `file` gets a token that is nobody's: a real token is a key that opens its person's feed for
 * whoever holds it, by design, so aiming one of B's at the walk would prove nothing.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";

export const isolation: IsolationFactory = async ({ school, marker, signedIn }) => {
  const leader = await signedIn(school.leader.email);
  const made = await leader.post("/calendar/items", {
    title: `${marker} studiedag`,
    kind: "study_day",
    startsOn: "2026-11-16",
    audience: "all",
  });
  if (made.status !== 303) throw new Error(`adding a calendar item failed with ${made.status}`);
  const found = await (await leader.get("/calendar?month=2026-11")).text();
  const itemId = /\/calendar\/items\/([0-9a-f-]{36})\/edit/.exec(found)?.[1];
  if (!itemId) throw new Error("the calendar item is not on the calendar");
  return { itemId: [itemId], file: [`${"x".repeat(43)}.ics`] };
};
