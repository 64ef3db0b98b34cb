/**
 * The route walk's ids of the discussion groups: the leader makes a group, the parent joins,
 * agrees to the code of conduct, starts a thread and replies; the leader replies too.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { createGroupAs, joinAndAgree, replyAs, startThreadAs } from "./fixtures.js";

export const isolation: IsolationFactory = async ({ school, marker, signedIn }) => {
  const leader = await signedIn(school.leader.email);
  const parent = await signedIn(school.parent.email);
  const groupId = await createGroupAs(leader, `${marker} groep`);
  await joinAndAgree(parent, groupId);
  const threadId = await startThreadAs(parent, groupId, { title: `${marker} onderwerp`, body: `${marker} bericht` });
  const postId = await replyAs(parent, threadId, `${marker} reactie`);
  // The leader's reply keeps the thread when the walk deletes all the parent's posts.
  await joinAndAgree(leader, groupId);
  await replyAs(leader, threadId, `${marker} antwoord`);
  return { groupId: [groupId], threadId: [threadId], postId: [postId] };
};
