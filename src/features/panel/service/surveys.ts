/** Panel surveys as a member sees them: the open ones they were drawn for. */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { panelInvitations, panelSurveys } from "../../../db/schema/index.js";
import type { Locale } from "../../../web/i18n/index.js";

export async function surveysOfMember(db: Db, memberId: string, locale: Locale) {
  const rows = await db
    .select({ id: panelSurveys.id, title: panelSurveys.title, responded: panelInvitations.responded })
    .from(panelInvitations)
    .innerJoin(panelSurveys, eq(panelSurveys.id, panelInvitations.surveyId))
    .where(and(eq(panelInvitations.memberId, memberId), inArray(panelSurveys.status, ["open"])))
    .orderBy(panelSurveys.createdAt);
  return rows.map((row) => ({ id: row.id, title: row.title[locale], responded: row.responded }));
}
