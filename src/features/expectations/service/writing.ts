/**
 * Writing and publishing the year's document: every save is a new version (the earlier ones are
 * kept, never changed), publishing makes the latest the one parents read and confirm. A year that
 * is archived is history: it stays readable and changes no more. Both are audited.
 */
import { max } from "drizzle-orm";
import { recordAudit } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { expectationVersions, expectations } from "../../../db/schema/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import type { DocumentInput } from "../schemas.js";
import { documentOf, requireYear } from "./year.js";

type Archived = Refused<"archived">;
const archived = (): Archived => refuse("archived", "expectations.refusal.archived", "conflict");

export async function latestVersion(tx: Tx, orgId: string, yearId: string): Promise<number> {
  const [row] = await tx
    .select({ version: max(expectationVersions.version) })
    .from(expectationVersions)
    .where(ofOrg(expectationVersions, orgId, { schoolYearId: yearId }));
  return row?.version ?? 0;
}

/** Saves the text as the year's next version; parents see it once it is published. */
export function saveVersion(
  scope: ViewerScope & { yearId: string; input: DocumentInput },
): Promise<Outcome<{ version: number }, Archived>> {
  return inOrg(scope, async (tx) => {
    const year = await requireYear(tx, scope.orgId, scope.yearId);
    if (year.archived) return archived();
    await tx.insert(expectations).values({ orgId: scope.orgId, schoolYearId: year.id }).onConflictDoNothing();
    // The lock orders two saves of the same year, so each gets its own number.
    await documentOf(tx, scope.orgId, year.id, true);
    const version = (await latestVersion(tx, scope.orgId, year.id)) + 1;
    await tx.insert(expectationVersions).values({
      orgId: scope.orgId,
      schoolYearId: year.id,
      version,
      ofSchool: scope.input.ofSchool,
      ofParents: scope.input.ofParents,
      writtenBy: scope.userId,
    });
    const action = version === 1 ? "create" : "update";
    await recordAudit(tx, { ...auditOf(scope, year.id), action, detail: `version ${version}` });
    return { ok: true, version };
  });
}

export type PublishRefusal = Archived | Refused<"nothingToPublish">;

/** Publishes the latest version; publishing what is already published is refused, nothing changed. */
export function publishVersion(
  scope: ViewerScope & { yearId: string },
): Promise<Outcome<{ version: number }, PublishRefusal>> {
  return inOrg(scope, async (tx) => {
    const year = await requireYear(tx, scope.orgId, scope.yearId);
    if (year.archived) return archived();
    const document = await documentOf(tx, scope.orgId, year.id, true);
    const version = await latestVersion(tx, scope.orgId, year.id);
    if (!document || version === 0 || document.publishedVersion === version)
      return refuse("nothingToPublish", "expectations.refusal.nothingToPublish", "conflict");
    await tx
      .update(expectations)
      .set({ publishedVersion: version, publishedAt: new Date(), publishedBy: scope.userId })
      .where(ofOrg(expectations, scope.orgId, { schoolYearId: year.id }));
    await recordAudit(tx, { ...auditOf(scope, year.id), action: "publish", detail: `version ${version}` });
    return { ok: true, version };
  });
}

function auditOf(scope: ViewerScope, yearId: string) {
  return { orgId: scope.orgId, userId: scope.userId, entity: "expectations" as const, entityId: yearId };
}
