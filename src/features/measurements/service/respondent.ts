/**
 * Finding the respondent behind a link. The respondent has no session: the
 * transaction names the link (the hash of a personal token, or a class's open
 * token), row-level security shows that one row, and from it the organisation
 * is set for the rest of the transaction, as for every other request.
 */
import { and, eq, sql } from "drizzle-orm";
import { withOrg, type Db, type Tx } from "../../../db/client.js";
import {
  groups,
  measurementAudiences,
  measurementDrafts,
  measurementInvitations,
  measurements,
  organisations,
} from "../../../db/schema/index.js";
import { hashToken } from "../../../auth/tokens.js";
import type { ExtraItem, RespondentGroup } from "../domain/instrument.js";
import { noAnswers, type Answers } from "../questionnaire.js";
import { loadExtraItems } from "./extra-items.js";
import { draftKey, seal, unseal } from "./sealing.js";

export type LinkProblem = "unknown" | "notOpen" | "closed" | "responded";

export interface Measurement {
  orgId: string;
  orgName: string;
  measurementId: string;
  title: string;
  instrumentVersion: number;
  opensAt: Date;
  closesAt: Date;
  status: "scheduled" | "open" | "closed";
  audienceId: string;
  group: RespondentGroup;
  subgroupId: string | null;
  groupName: string | null;
  /** The school's own items for this group, frozen with the measurement. */
  extras: ExtraItem[];
}

export interface Respondent extends Measurement {
  invitationId: string;
  responded: boolean;
}

/** A transaction that may see what one link points to, and nothing else until it names the organisation. */
export function withLink<T>(db: Db, link: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withOrg(db, { orgId: null, userId: null }, async (tx) => {
    await tx.execute(sql`select set_config('app.measurement_link', ${link}, true)`);
    return fn(tx);
  });
}

async function enterOrg(tx: Tx, orgId: string): Promise<void> {
  await tx.execute(sql`select set_config('app.org_id', ${orgId}, true)`);
}

/** The measurement and audience behind an audience id, once the organisation is set. */
export async function measurementOf(tx: Tx, orgId: string, audienceId: string): Promise<Measurement | null> {
  const [row] = await tx
    .select({
      orgId: measurements.orgId,
      orgName: organisations.name,
      measurementId: measurements.id,
      title: measurements.title,
      instrumentVersion: measurements.instrumentVersion,
      opensAt: measurements.opensAt,
      closesAt: measurements.closesAt,
      status: measurements.status,
      audienceId: measurementAudiences.id,
      group: measurementAudiences.respondentGroup,
      subgroupId: measurementAudiences.groupId,
      groupName: groups.name,
    })
    .from(measurementAudiences)
    .innerJoin(
      measurements,
      and(eq(measurements.orgId, measurementAudiences.orgId), eq(measurements.id, measurementAudiences.measurementId)),
    )
    .innerJoin(organisations, eq(organisations.id, measurements.orgId))
    .leftJoin(groups, and(eq(groups.orgId, measurementAudiences.orgId), eq(groups.id, measurementAudiences.groupId)))
    .where(and(eq(measurementAudiences.orgId, orgId), eq(measurementAudiences.id, audienceId)));
  if (!row) return null;
  return { ...row, extras: await loadExtraItems(tx, orgId, row.measurementId, row.group) };
}

/** The respondent a personal token belongs to, inside a transaction opened with withLink(hashToken(token)). */
export async function respondentOf(tx: Tx, token: string): Promise<Respondent | null> {
  const [invitation] = await tx
    .select({
      orgId: measurementInvitations.orgId,
      id: measurementInvitations.id,
      audienceId: measurementInvitations.audienceId,
      responded: measurementInvitations.responded,
    })
    .from(measurementInvitations)
    .where(eq(measurementInvitations.tokenHash, hashToken(token)));
  if (!invitation) return null;
  await enterOrg(tx, invitation.orgId);
  const measurement = await measurementOf(tx, invitation.orgId, invitation.audienceId);
  return measurement && { ...measurement, invitationId: invitation.id, responded: invitation.responded };
}

/** The audience an open link belongs to, inside a transaction opened with withLink(openToken). */
export async function audienceOfOpenLink(tx: Tx, openToken: string): Promise<Measurement | null> {
  const [audience] = await tx
    .select({ orgId: measurementAudiences.orgId, id: measurementAudiences.id })
    .from(measurementAudiences)
    .where(eq(measurementAudiences.openToken, openToken));
  if (!audience) return null;
  await enterOrg(tx, audience.orgId);
  return measurementOf(tx, audience.orgId, audience.id);
}

/** Why the measurement cannot be answered now, if it cannot. */
export function measurementProblem(measurement: Measurement, now: Date): LinkProblem | null {
  if (measurement.status === "closed" || measurement.closesAt <= now) return "closed";
  if (measurement.opensAt > now) return "notOpen";
  return null;
}

export function respondentProblem(respondent: Respondent | null, now: Date): LinkProblem | null {
  if (!respondent) return "unknown";
  if (respondent.responded) return "responded";
  return measurementProblem(respondent, now);
}

export async function readDraft(
  tx: Tx,
  respondent: Respondent,
  token: string,
): Promise<{ answers: Answers; page: number }> {
  const [draft] = await tx
    .select({ page: measurementDrafts.page, ciphertext: measurementDrafts.ciphertext })
    .from(measurementDrafts)
    .where(
      and(eq(measurementDrafts.orgId, respondent.orgId), eq(measurementDrafts.invitationId, respondent.invitationId)),
    );
  if (!draft) return { answers: noAnswers(), page: 0 };
  return { answers: JSON.parse(unseal(draftKey(token), draft.ciphertext)) as Answers, page: draft.page };
}

export async function writeDraft(
  tx: Tx,
  respondent: Respondent,
  token: string,
  draft: { answers: Answers; page: number },
): Promise<void> {
  const row = { page: draft.page, ciphertext: seal(draftKey(token), JSON.stringify(draft.answers)) };
  await tx
    .insert(measurementDrafts)
    .values({ orgId: respondent.orgId, invitationId: respondent.invitationId, ...row })
    .onConflictDoUpdate({ target: [measurementDrafts.orgId, measurementDrafts.invitationId], set: row });
}
