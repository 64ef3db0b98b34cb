/** For tests: how many rows an import wrote, per table, in one organisation. */
import { count, eq } from "drizzle-orm";
import { withOrg, type Db } from "../../../db/client.js";
import { groups, guardians, pupilGuardians, pupils } from "../../../db/schema/index.js";

export function countsOf(db: Db, orgId: string) {
  return withOrg(db, { orgId, userId: null }, async (tx) => {
    const n = async (table: typeof pupils | typeof guardians | typeof groups | typeof pupilGuardians) =>
      (await tx.select({ n: count() }).from(table).where(eq(table.orgId, orgId)))[0]?.n ?? 0;
    return {
      pupils: await n(pupils),
      guardians: await n(guardians),
      groups: await n(groups),
      links: await n(pupilGuardians),
    };
  });
}
