/** The moderators' queue of reported ideas: the shared queue, each item named by its idea's text. */
import { and, eq, sql } from "drizzle-orm";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { ideas } from "../../../db/schema/index.js";
import { moderationQueue, type QueueRow } from "../../../moderation/index.js";
import { ideaPath } from "../views/idea-card.js";

const EXCERPT = 80;

export function ideaReportQueue(scope: ViewerScope): Promise<QueueRow[]> {
  return inOrg(scope, async (tx) => {
    const items = await moderationQueue(tx, scope, ["idea"]);
    if (items.length === 0) return [];
    const ids = items.map((item) => item.contentId);
    const bodies = await tx
      .select({ id: ideas.id, body: ideas.body })
      .from(ideas)
      .where(and(eq(ideas.orgId, scope.orgId), sql`${ideas.id} = any(${sql.param(ids)}::uuid[])`));
    const bodyOf = new Map(bodies.map((row) => [row.id, row.body]));
    return items.map((item) => {
      const body = bodyOf.get(item.contentId) ?? "";
      return {
        ...item,
        excerpt: body.length > EXCERPT ? `${body.slice(0, EXCERPT - 1)}…` : body,
        href: ideaPath(item.contentId),
        keepAction: `${ideaPath(item.contentId)}/keep`,
      };
    });
  });
}
