/**
 * The demo's expectations at De Regenboog: this school year's, written by the coordinator from the
 * starter text after the parent evening on expectations, and published, so the demo parent finds
 * them on their home page to read and confirm.
 */
import type { Tx } from "../../db/client.js";
import { ofOrg } from "../../db/of-org.js";
import { expectationVersions, expectations } from "../../db/schema/index.js";
import { translator } from "../../web/i18n/index.js";
import { currentSchoolYear } from "../pupils/index.js";

export async function seedExpectationsDemo(tx: Tx, orgId: string, writerId: string): Promise<void> {
  const year = await currentSchoolYear(tx, orgId);
  if (!year) return;
  const t = translator("nl");
  await tx.insert(expectations).values({ orgId, schoolYearId: year.id });
  await tx.insert(expectationVersions).values({
    orgId,
    schoolYearId: year.id,
    version: 1,
    ofSchool: t("expectations.starter.ofSchool"),
    ofParents: t("expectations.starter.ofParents"),
    writtenBy: writerId,
  });
  await tx
    .update(expectations)
    .set({ publishedVersion: 1, publishedAt: new Date(), publishedBy: writerId })
    .where(ofOrg(expectations, orgId, { schoolYearId: year.id }));
}
