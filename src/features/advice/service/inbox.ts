/**
 * The advisor's inbox: the sparring requests of every organisation that invited them as advisor,
 * read in one transaction as samen_advisor, whose policies admit exactly those organisations'
 * rows (migrations 0030 and 0038). Which organisation a request belongs to is found the same way,
 * so an id of a school the advisor does not advise is simply not there.
 */
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { acrossAdvisedOrgs } from "../../../db/org-scope.js";
import { organisations, sparringRequests } from "../../../db/schema/index.js";
import type { SparringStatus } from "./sparring.js";

export interface InboxRow {
  id: string;
  orgName: string;
  question: string;
  status: SparringStatus;
  createdAt: Date;
}

/** New requests first, then planned, then done; newest first within each. */
export function advisorInbox(db: Db, userId: string): Promise<InboxRow[]> {
  return acrossAdvisedOrgs(db, userId, (tx) =>
    tx
      .select({
        id: sparringRequests.id,
        orgName: organisations.name,
        question: sparringRequests.question,
        status: sql<SparringStatus>`${sparringRequests.status}`,
        createdAt: sparringRequests.createdAt,
      })
      .from(sparringRequests)
      .innerJoin(organisations, eq(organisations.id, sparringRequests.orgId))
      .orderBy(
        sql`case ${sparringRequests.status} when 'new' then 0 when 'planned' then 1 else 2 end`,
        desc(sparringRequests.createdAt),
        desc(sparringRequests.id),
      ),
  );
}

/** The organisation of a request the advisor may see, or null. */
export async function organisationOfRequest(db: Db, userId: string, requestId: string): Promise<string | null> {
  const [row] = await acrossAdvisedOrgs(db, userId, (tx) =>
    tx.select({ orgId: sparringRequests.orgId }).from(sparringRequests).where(eq(sparringRequests.id, requestId)),
  );
  return row?.orgId ?? null;
}
