/** Helpers for the expectations' tests: writing and publishing through the pages, and the stored rows. */
import { eq } from "drizzle-orm";
import type { TestClient, TestContext } from "../../../../tests/helpers/app.js";
import type { School } from "../../../../tests/helpers/isolation.js";
import { withOrg } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { expectationConfirmations, expectationResponses, expectationVersions } from "../../../db/schema/index.js";

export const text = { ofSchool: "Wij vertellen u op tijd wat er gebeurt.", ofParents: "U leest wat de school stuurt." };

/** Saves a version and publishes it as this writer; throws when either is refused. */
export async function publishAs(writer: TestClient, yearId: string, form: Record<string, string> = text) {
  const saved = await writer.post(`/expectations/${yearId}`, form);
  if (saved.status !== 303) throw new Error(`saving expectations failed with ${saved.status}`);
  const published = await writer.post(`/expectations/${yearId}/publish`);
  if (published.status !== 303) throw new Error(`publishing expectations failed with ${published.status}`);
}

export function storedRows(ctx: TestContext, school: School) {
  return withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => {
    const versions = await tx
      .select({ version: expectationVersions.version })
      .from(expectationVersions)
      .where(ofOrg(expectationVersions, school.orgId, { schoolYearId: school.year.id }));
    const confirmations = await tx
      .select()
      .from(expectationConfirmations)
      .where(eq(expectationConfirmations.orgId, school.orgId));
    const responses = await tx.select().from(expectationResponses).where(eq(expectationResponses.orgId, school.orgId));
    return { versions: versions.map((v) => v.version).sort(), confirmations, responses };
  });
}
