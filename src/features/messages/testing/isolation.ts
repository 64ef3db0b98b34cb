/**
 * The route walk's ids of messages: the school's parent writes about their child (a thread with a
 * post and a photo), so /messages/:threadId and the attachment are aimed at from another school.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { idFromRedirect } from "../../../../tests/helpers/isolation.js";

export const isolation: IsolationFactory = async ({ school, marker, signedIn }) => {
  const parent = await signedIn(school.parent.email);
  const written = await parent.post("/messages", {
    pupilId: school.child.id,
    subject: `${marker} onderwerp`,
    body: `${marker} bericht`,
  });
  return { threadId: [idFromRedirect(written)] };
};
