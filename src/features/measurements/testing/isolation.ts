/**
 * The route walk's ids of this feature: a measurement the school leader made through the
 * form. A questionnaire link is a key of its own, not an id: the walk tries the
 * measurement's id as one, which must open nothing.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { createMeasurementAs } from "../testing.js";

export const isolation: IsolationFactory = async ({ school, marker, signedIn }) => {
  const leader = await signedIn(school.leader.email);
  const id = await createMeasurementAs(leader, { title: `${marker} meting` });
  return { "measurements/:id": [id], token: [id], openToken: [id], page: ["1"] };
};
