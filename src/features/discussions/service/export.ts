/** A person's own part of the discussion groups in one organisation, for their data export. */
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import {
  discussionAgreements,
  discussionFollows,
  discussionGroups,
  discussionMembers,
  discussionPosts,
  discussionThreads,
} from "../../../db/schema/index.js";
import { rowsOfPerson } from "../../account/index.js";

/** Runs in the caller's transaction (the organisation's row-level security applies). */
export async function discussionsOfPerson(tx: Tx, orgId: string, userId: string) {
  const person = { orgId, userId };
  return {
    posts: await tx
      .select({
        id: discussionPosts.id,
        threadId: discussionPosts.threadId,
        thread: discussionThreads.title,
        createdAt: discussionPosts.createdAt,
        body: discussionPosts.body,
        deletedAt: discussionPosts.deletedAt,
        hiddenReason: discussionPosts.hiddenReason,
      })
      .from(discussionPosts)
      .innerJoin(
        discussionThreads,
        and(eq(discussionThreads.orgId, discussionPosts.orgId), eq(discussionThreads.id, discussionPosts.threadId)),
      )
      .where(ofOrg(discussionPosts, orgId, { authorId: userId }))
      .orderBy(asc(discussionPosts.createdAt), asc(discussionPosts.id)),
    threads: await rowsOfPerson(tx, person, discussionThreads, {
      by: "authorId",
      columns: ["id", "title", "createdAt"],
      order: "createdAt",
    }),
    proposedGroups: await rowsOfPerson(tx, person, discussionGroups, {
      by: "proposedBy",
      columns: ["name", "description", "status", "createdAt"],
    }),
    memberships: await tx
      .select({ group: discussionGroups.name, joinedAt: discussionMembers.joinedAt })
      .from(discussionMembers)
      .innerJoin(
        discussionGroups,
        and(eq(discussionGroups.orgId, discussionMembers.orgId), eq(discussionGroups.id, discussionMembers.groupId)),
      )
      .where(ofOrg(discussionMembers, orgId, { userId })),
    follows: await tx
      .select({ threadId: discussionFollows.threadId, since: discussionFollows.createdAt })
      .from(discussionFollows)
      .where(ofOrg(discussionFollows, orgId, { userId })),
    codeOfConduct: await rowsOfPerson(tx, person, discussionAgreements, {
      by: "userId",
      columns: ["version", "agreedAt"],
    }),
  };
}
