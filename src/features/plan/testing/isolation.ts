/**
 * The route walk's ids of the plan: in the school's active trajectory (another factory may have
 * started it), the leader adds a goal and an action and publishes; the parent responds.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { actionRows, addActionAs, ensureTrajectory, goalRows, responseRows } from "./fixtures.js";

export const isolation: IsolationFactory = async ({ ctx, school, marker, signedIn }) => {
  await ensureTrajectory(ctx, school);
  const leader = await signedIn(school.leader.email);
  const goal = await leader.post("/plan/goals", { domain: "information", title: `${marker} doel` });
  if (goal.status !== 303) throw new Error(`adding a goal failed with ${goal.status}`);
  const actionId = await addActionAs(ctx, school.orgId, leader, { title: `${marker} actie` });
  const published = await leader.post("/plan/publish");
  if (published.status !== 303) throw new Error(`publishing the plan failed with ${published.status}`);
  const parent = await signedIn(school.parent.email);
  const responded = await parent.post("/plan/for-parents/responses", {
    subject: "action",
    subjectId: actionId,
    [`body-${actionId}`]: `${marker} reactie`,
  });
  if (responded.status !== 303) throw new Error(`responding failed with ${responded.status}`);
  return {
    goalId: (await goalRows(ctx, school.orgId)).map((g) => g.id),
    actionId: (await actionRows(ctx, school.orgId)).map((a) => a.id),
    responseId: (await responseRows(ctx, school.orgId)).map((r) => r.id),
  };
};
