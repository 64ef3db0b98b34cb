/**
 * Who sees which post. Staff see every post of their school, drafts and scheduled ones too.
 * A parent sees a post once its time has come, when it is for the whole school or for a group
 * one of their children (still at the school) is in; never a post for staff only, never
 * another group's. The same rule answers for the post's page, its attachments, its reactions
 * and the news list, so none of them can show more than another.
 */
import { and, eq, lte, or, sql, type SQL } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { newsPostGroups, newsPosts } from "../../../db/schema/index.js";
import { groupIdsOfParent } from "../../pupils/index.js";

export type Reader = { staff: true } | { staff: false; groupIds: readonly string[] };

export async function readerOf(tx: Tx, orgId: string, userId: string, staff: boolean): Promise<Reader> {
  return staff ? { staff: true } : { staff: false, groupIds: await groupIdsOfParent(tx, orgId, userId) };
}

/** The condition on news_posts a reader's posts meet (besides the organisation). */
export function visibleTo(reader: Reader, now: Date): SQL | undefined {
  if (reader.staff) return undefined;
  const forTheirGroups = sql`exists (select 1 from ${newsPostGroups} g where g.org_id = ${newsPosts.orgId}
    and g.post_id = ${newsPosts.id} and g.group_id = any(${sql.param([...reader.groupIds])}::uuid[]))`;
  return and(
    lte(newsPosts.publishAt, now),
    or(eq(newsPosts.audience, "all"), and(eq(newsPosts.audience, "groups"), forTheirGroups)),
  );
}

/** Whether this reader may see this post now. */
export async function maySeePost(tx: Tx, orgId: string, postId: string, reader: Reader, now = new Date()) {
  const [row] = await tx
    .select({ id: newsPosts.id })
    .from(newsPosts)
    .where(ofOrg(newsPosts, orgId, { id: postId }, visibleTo(reader, now)));
  return Boolean(row);
}
