/**
 * The route walk's ids of the board: in a school with an active trajectory, the parent posts an
 * idea through the page and supports it.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { postIdeaAs, startTrajectory } from "./fixtures.js";

export const isolation: IsolationFactory = async ({ ctx, school, marker, signedIn }) => {
  await startTrajectory(ctx, school);
  const parent = await signedIn(school.parent.email);
  const ideaId = await postIdeaAs(parent, { body: `${marker} idee` });
  const supported = await parent.post(`/ideas/${ideaId}/support`);
  if (supported.status !== 303) throw new Error(`supporting an idea failed with ${supported.status}`);
  return { ideaId: [ideaId] };
};
