/**
 * The route walk's ids of buddies: one parent asks, another offers, the leader pairs them; a
 * second request stays open.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { addParent, askAs, firstRequestOn, offerAs } from "./fixtures.js";

export const isolation: IsolationFactory = async ({ ctx, school, marker, signedIn }) => {
  const asker = await signedIn(school.parent.email);
  const helper = await signedIn((await addParent(ctx, school, `${marker} Helper`)).email);
  const leader = await signedIn(school.leader.email);
  await askAs(asker, { note: `${marker} vraag` });
  await offerAs(helper, { note: `${marker} aanbod`, capacity: "3" });
  const { requestId, offerId } = await firstRequestOn(leader);
  if (!requestId || !offerId) throw new Error("no request to pair");
  const matched = await leader.post(`/buddies/requests/${requestId}/match`, { offerId });
  if (matched.status !== 303) throw new Error(`pairing failed with ${matched.status}`);
  const open = await signedIn((await addParent(ctx, school, `${marker} Nieuw`)).email);
  await askAs(open, { note: `${marker} nog een vraag` });
  const second = await firstRequestOn(leader);
  const page = await (await leader.get("/buddies/coordinate")).text();
  const pairId = /\/buddies\/pairs\/([0-9a-f-]{36})\/end/.exec(page)?.[1];
  if (!pairId || !second.requestId) throw new Error("no pair or open request");
  return { requestId: [second.requestId], pairId: [pairId] };
};
