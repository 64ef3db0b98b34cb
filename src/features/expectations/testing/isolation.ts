/**
 * The route walk's ids of the expectations: the school leader publishes the year's document and
 * the parent responds; the school year itself is the pupils' factory's `yearId`.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { publishAs, storedRows } from "./fixtures.js";

export const isolation: IsolationFactory = async ({ ctx, school, marker, signedIn }) => {
  const leader = await signedIn(school.leader.email);
  await publishAs(leader, school.year.id, { ofSchool: `${marker} van de school`, ofParents: `${marker} van ouders` });
  const parent = await signedIn(school.parent.email);
  const responded = await parent.post(`/expectations/${school.year.id}/responses`, { body: `${marker} reactie` });
  if (responded.status !== 303) throw new Error(`responding failed with ${responded.status}`);
  const { responses } = await storedRows(ctx, school);
  return { responseId: responses.map((r) => r.id) };
};
