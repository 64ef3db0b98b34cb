/**
 * The route walk's ids of the network: in the other school, a findable parent with a profile
 * (the marker in its texts), a request for help sent to her and a volunteer task she signed up for.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { idFromRedirect } from "../../../../tests/helpers/isolation.js";
import { schoolDate } from "../../../lib/time/school-date.js";
import { typedDate } from "../../../lib/time/dutch-date.js";
import { saveProfileOf } from "./fixtures.js";

export const isolation: IsolationFactory = async ({ ctx, school, marker, signedIn }) => {
  await saveProfileOf(ctx, school, school.parent.id, {
    visibility: "organisation",
    findable: true,
    showOffer: true,
    languages: ["tr"],
    skills: `${marker} vaardigheid`,
  });
  const leader = await signedIn(school.leader.email);
  const requestId = idFromRedirect(
    await leader.post("/network/requests", { body: `${marker} hulpvraag`, parents: school.parent.id }),
  );
  const date = typedDate(schoolDate(new Date(Date.now() + 7 * 24 * 3600 * 1000)));
  const taskId = idFromRedirect(
    await leader.post("/network/tasks", {
      title: `${marker} taak`,
      date,
      startsAt: "09:00",
      endsAt: "10:00",
      place: "",
      needed: "3",
      groupIds: school.groupA.id,
      expected: "",
    }),
  );
  const parent = await signedIn(school.parent.email);
  const signed = await parent.post(`/network/tasks/${taskId}/signup`);
  if (signed.status !== 303) throw new Error(`signing up for a task failed with ${signed.status}`);
  return { requestId: [requestId], taskId: [taskId] };
};
