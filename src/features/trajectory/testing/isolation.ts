/**
 * The route walk's ids of this feature: the school leader starts a trajectory, adds a parent
 * evening and links a measurement made through the measurements form.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { idFromRedirect } from "../../../../tests/helpers/isolation.js";
import { schoolDate } from "../../../lib/time/school-date.js";
import { sessionsOf, startTrajectoryAs, trajectoriesOf } from "./fixtures.js";

export const isolation: IsolationFactory = async ({ ctx, school, marker, signedIn }) => {
  const leader = await signedIn(school.leader.email);
  // Another feature's factory (the idea board's) may have started one in this school already.
  if (!(await trajectoriesOf(ctx, school.orgId)).some((t) => !t.endedAt)) await startTrajectoryAs(leader);
  const added = await leader.post("/trajectory/sessions", { line: "parents", topic: `${marker} ouderavond` });
  if (added.status !== 303) throw new Error(`adding a session failed with ${added.status}`);
  const [session] = (await sessionsOf(ctx, school.orgId, "parents")).filter((s) => s.topic.startsWith(marker));
  const today = schoolDate(new Date());
  const made = await leader.post("/organisation/measurements", {
    title: `${marker} trajectmeting`,
    kind: "baseline",
    opensOn: today,
    closesOn: today,
    team: "on",
  });
  const measurementId = idFromRedirect(made);
  const linked = await leader.post("/trajectory/measurements", { measurementId });
  if (linked.status !== 303) throw new Error(`linking a measurement failed with ${linked.status}`);
  const trajectory = (await trajectoriesOf(ctx, school.orgId)).find((t) => !t.endedAt);
  return { trajectoryId: [trajectory!.id], sessionId: [session!.id], measurementId: [measurementId] };
};
