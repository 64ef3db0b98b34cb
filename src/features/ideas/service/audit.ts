/**
 * Every moderation of an idea is audited, in the transaction of the change. A merge names the idea
 * the duplicate went into by id; the trail shows the start of its text (`ideasForAudit`).
 */
import { inArray } from "drizzle-orm";
import { recordAuditBy, type AuditAction } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import type { ViewerScope } from "../../../db/org-scope.js";
import { ideas } from "../../../db/schema/index.js";
import type { AuditReferenceSource } from "../../pupils/index.js";
import { excerpt } from "../domain/excerpt.js";

export function auditIdea(
  tx: Tx,
  scope: ViewerScope,
  action: Extract<AuditAction, "hide" | "unhide" | "merge" | "update">,
  ideaId: string,
  detail?: string,
): Promise<void> {
  return recordAuditBy(tx, scope, { action, entity: "idea", entityId: ideaId, detail });
}

/** The ideas the trail's merges name, of this organisation, by id: the start of their text. */
export const ideasForAudit: AuditReferenceSource = {
  kind: "idea",
  async read(tx, orgId, ids) {
    const rows = await tx
      .select({ id: ideas.id, body: ideas.body })
      .from(ideas)
      .where(ofOrg(ideas, orgId, {}, inArray(ideas.id, [...ids])));
    return new Map(rows.map((idea) => [idea.id, { text: excerpt(idea.body) }]));
  },
};
