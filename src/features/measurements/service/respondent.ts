/**
 * Finding the respondent behind a link. The respondent has no session: the
 * transaction names the link (the hash of a personal token, or a class's open
 * token), row-level security shows that one row, and from it the organisation
 * is set for the rest of the transaction, as for every other request.
 */
import { eq, sql, type AnyColumn } from "drizzle-orm";
import { preparedStatement, withOrg, type Db, type Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import {
  measurementAudiences,
  measurementDrafts,
  measurementExtraItems,
  measurementInvitations,
  measurements,
  organisations,
} from "../../../db/schema/index.js";
import { hashToken } from "../../../auth/tokens.js";
import { groupNameOf } from "../../pupils/index.js";
import type { ExtraItem, RespondentGroup } from "../domain/instrument.js";
import { noAnswers, type Answers } from "../questionnaire.js";
import { extraItemOf, type ExtraItemRow } from "./extra-items.js";
import { padded } from "./padding.js";
import { draftKey, seal, unseal } from "./sealing.js";

/** Why a link cannot be used; "full" and "crowded" are an open link's (open-link-room.ts). */
export type LinkProblem = "unknown" | "notOpen" | "closed" | "responded" | "full" | "crowded";

export interface Measurement {
  orgId: string;
  orgName: string;
  /** The organisation's type: a daycare's questionnaire pages speak childcare's words. */
  orgType: string;
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
  /** The ballot key as stored (wrapped with SECRET_KEY when set); null once closed. */
  storedBallotKey: string | null;
}

export interface Respondent extends Measurement {
  invitationId: string;
  /** Mailed, or taken from the class's open link (which takes no more responses than it serves). */
  kind: "mail" | "open_link";
  responded: boolean;
}

/** A transaction that may see what one link points to, and nothing else until it names the organisation. */
export function withLink<T>(db: Db, link: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withOrg(db, { orgId: null, userId: null }, fn, { "app.measurement_link": link });
}

/** Sets the organisation for the rest of the transaction, as a column of the query that found it. */
const enterOrg = (orgId: AnyColumn) => sql<string>`set_config('app.org_id', ${orgId}::text, true)`;

/** The audience's own items, in order, as a column of the query for the measurement (one round trip). */
const frozenExtras = sql`(
  select coalesce(json_agg(json_build_object(
    'itemId', e.item_id, 'respondentGroup', e.respondent_group, 'domain', e.domain, 'text', e.text
  ) order by e.position), '[]')
  from ${measurementExtraItems} e
  where e.org_id = ${measurementAudiences.orgId} and e.measurement_id = ${measurementAudiences.measurementId}
    and e.respondent_group = ${measurementAudiences.respondentGroup})`;

type MeasurementRow = Omit<Measurement, "opensAt" | "closesAt" | "extras"> & {
  opensAt: string;
  closesAt: string;
  extras: ExtraItemRow[];
};

/** Every answer a respondent gives reads this, so it is a prepared statement (see preparedStatement). */
const measurementByAudience = preparedStatement<MeasurementRow>(
  "respondent_measurement",
  () => sql`
    select ${measurements.orgId} as "orgId", ${organisations.name} as "orgName", ${organisations.type} as "orgType",
      ${measurements.id} as "measurementId",
      ${measurements.title} as "title", ${measurements.instrumentVersion} as "instrumentVersion",
      ${measurements.opensAt} as "opensAt", ${measurements.closesAt} as "closesAt", ${measurements.status} as "status",
      ${measurementAudiences.id} as "audienceId", ${measurementAudiences.respondentGroup} as "group",
      ${measurementAudiences.groupId} as "subgroupId", ${groupNameOf(measurementAudiences.orgId, measurementAudiences.groupId)} as "groupName", ${frozenExtras} as "extras",
      ${measurements.ballotKey} as "storedBallotKey"
    from ${measurementAudiences}
    join ${measurements}
      on ${measurements.orgId} = ${measurementAudiences.orgId} and ${measurements.id} = ${measurementAudiences.measurementId}
    join ${organisations} on ${organisations.id} = ${measurements.orgId}
    where ${measurementAudiences.orgId} = ${sql.placeholder("orgId")} and ${measurementAudiences.id} = ${sql.placeholder("audienceId")}`,
);

/** The measurement and audience behind an audience id, once the organisation is set. */
export async function measurementOf(tx: Tx, orgId: string, audienceId: string): Promise<Measurement | null> {
  const [row] = await measurementByAudience(tx, { orgId, audienceId });
  if (!row) return null;
  return {
    ...row,
    opensAt: new Date(row.opensAt),
    closesAt: new Date(row.closesAt),
    extras: row.extras.map(extraItemOf),
  };
}

/** The invitation behind a personal link; it sets the organisation for the rest of the transaction. */
const invitationByLink = preparedStatement<{
  orgId: string;
  id: string;
  audienceId: string;
  kind: Respondent["kind"];
  responded: boolean;
}>(
  "respondent_invitation",
  () => sql`
    select ${measurementInvitations.orgId} as "orgId", ${measurementInvitations.id} as "id",
      ${measurementInvitations.audienceId} as "audienceId", ${measurementInvitations.kind} as "kind",
      ${measurementInvitations.responded} as "responded",
      ${enterOrg(measurementInvitations.orgId)}
    from ${measurementInvitations}
    where ${measurementInvitations.tokenHash} = ${sql.placeholder("tokenHash")}`,
);

/** The respondent a personal token belongs to, inside a transaction opened with withLink(hashToken(token)). */
export async function respondentOf(tx: Tx, token: string): Promise<Respondent | null> {
  const [invitation] = await invitationByLink(tx, { tokenHash: hashToken(token) });
  if (!invitation) return null;
  const measurement = await measurementOf(tx, invitation.orgId, invitation.audienceId);
  const { id: invitationId, kind, responded } = invitation;
  return measurement && { ...measurement, invitationId, kind, responded };
}

/** The audience an open link belongs to, inside a transaction opened with withLink(openToken). */
export async function audienceOfOpenLink(tx: Tx, openToken: string): Promise<Measurement | null> {
  const [audience] = await tx
    .select({
      orgId: measurementAudiences.orgId,
      id: measurementAudiences.id,
      entered: enterOrg(measurementAudiences.orgId),
    })
    .from(measurementAudiences)
    .where(eq(measurementAudiences.openToken, openToken));
  if (!audience) return null;
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

/**
 * A draft's answers and the last page saved, sealed together: a page number in
 * the clear would tell a copy of the database how far an invitee had got, and
 * so which incomplete response after closing is theirs.
 */
export async function readDraft(
  tx: Tx,
  respondent: Respondent,
  token: string,
): Promise<{ answers: Answers; page: number }> {
  const [draft] = await tx
    .select({ ciphertext: measurementDrafts.ciphertext })
    .from(measurementDrafts)
    .where(ofOrg(measurementDrafts, respondent.orgId, { invitationId: respondent.invitationId }));
  if (!draft) return { answers: noAnswers(), page: 0 };
  const { page, ...answers } = JSON.parse(unseal(draftKey(token), draft.ciphertext)) as Answers & { page?: number };
  // Drafts saved before the page was sealed with them (migration 0015) resume at the first page.
  return { answers, page: page ?? 1 };
}

export async function writeDraft(
  tx: Tx,
  respondent: Respondent,
  token: string,
  draft: { answers: Answers; page: number },
): Promise<void> {
  const plain = padded({ ...draft.answers, page: draft.page }, respondent.instrumentVersion);
  const row = { ciphertext: seal(draftKey(token), plain) };
  await tx
    .insert(measurementDrafts)
    .values({ orgId: respondent.orgId, invitationId: respondent.invitationId, ...row })
    .onConflictDoUpdate({ target: [measurementDrafts.orgId, measurementDrafts.invitationId], set: row });
}
