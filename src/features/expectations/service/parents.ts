/**
 * What a parent does with the published document: confirm having read it (once per published
 * version; a newer publication asks again) and respond. Neither is in the audit log: the log
 * names people, and staff must never learn who confirmed (docs/expectations.md).
 */
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { expectationConfirmations, expectationResponses } from "../../../db/schema/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { confirmationOf, documentOf, requireYear } from "./year.js";

type NotPublished = Refused<"notPublished">;
const notPublished = (): NotPublished => refuse("notPublished", "expectations.refusal.notPublished", "conflict");

export type ConfirmRefusal = NotPublished | Refused<"alreadyConfirmed">;

export function confirmExpectations(scope: ViewerScope & { yearId: string }): Promise<Outcome<object, ConfirmRefusal>> {
  return inOrg(scope, async (tx) => {
    const year = await requireYear(tx, scope.orgId, scope.yearId);
    const document = await documentOf(tx, scope.orgId, year.id);
    const version = document?.publishedVersion;
    if (!version) return notPublished();
    const key = { orgId: scope.orgId, schoolYearId: year.id, userId: scope.userId };
    const earlier = await confirmationOf(tx, key.orgId, key.schoolYearId, key.userId);
    if (earlier?.version === version)
      return refuse("alreadyConfirmed", "expectations.refusal.alreadyConfirmed", "conflict");
    await tx
      .insert(expectationConfirmations)
      .values({ ...key, version })
      .onConflictDoUpdate({
        target: [
          expectationConfirmations.orgId,
          expectationConfirmations.schoolYearId,
          expectationConfirmations.userId,
        ],
        set: { version, confirmedAt: new Date() },
      });
    return { ok: true };
  });
}

export function respondToExpectations(
  scope: ViewerScope & { yearId: string; body: string },
): Promise<Outcome<object, NotPublished>> {
  return inOrg(scope, async (tx) => {
    const year = await requireYear(tx, scope.orgId, scope.yearId);
    if (!(await documentOf(tx, scope.orgId, year.id))?.publishedVersion) return notPublished();
    await tx
      .insert(expectationResponses)
      .values({ orgId: scope.orgId, schoolYearId: year.id, authorId: scope.userId, body: scope.body });
    return { ok: true };
  });
}
