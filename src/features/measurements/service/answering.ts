/**
 * What a respondent does through their link: read where they are, save a
 * page, send the questionnaire, or take a personal link from a class's open
 * link. Every action is one transaction that checks the link first, so a
 * refused action stores nothing, and sending cannot happen twice.
 */
import { sql } from "drizzle-orm";
import { preparedStatement, type Db, type Tx } from "../../../db/client.js";
import {
  measurementBallots,
  measurementDrafts,
  measurementInvitations,
  measurements,
} from "../../../db/schema/index.js";
import { hashToken, newToken } from "../../../auth/tokens.js";
import { keyedDigest } from "../../../lib/keyed-hash.js";
import type { Config } from "../../../config.js";
import { instrumentByVersion } from "../instrument/index.js";
import { wordingOf } from "../../../web/i18n/index.js";
import { answeredCount, mergePage, questionPages, readAllPages, readPage, type Answers } from "../questionnaire.js";
import {
  audienceOfOpenLink,
  measurementProblem,
  readDraft,
  respondentOf,
  respondentProblem,
  withLink,
  writeDraft,
  type LinkProblem,
  type Measurement,
  type Respondent,
} from "./respondent.js";
import { padded } from "./padding.js";
import { ballotKey, seal } from "./sealing.js";
import { hasTicket, isFull, lockAudience, roomOf, startProblem, type OpenLinkRoom } from "./open-link-room.js";

/**
 * A refused link says, when it found one, the type of the organisation behind it (its page speaks
 * its words) and the respondent group (a full open link says whom it served).
 */
type Refused = { ok: false; problem: LinkProblem; orgType?: string; group?: Measurement["group"] };
export type Outcome<T> = { ok: true; value: T } | Refused;
/** A form that asks for fields the respondent's questionnaire does not have, or impossible values. */
type Tampered = { ok: false; problem: "tampered" };
/** Sending with nothing answered. */
type Empty = { ok: false; problem: "empty" };

const refuse = (problem: LinkProblem, of?: Pick<Measurement, "orgType" | "group"> | null): Refused => ({
  ok: false,
  problem,
  ...(of && { orgType: of.orgType, group: of.group }),
});
const tampered: Tampered = { ok: false, problem: "tampered" };
const ok = <T>(value: T) => ({ ok: true, value }) as const;

type FormBody = Parameters<typeof readPage>[2];

/** The respondent's questionnaire: its texts and scale, and its pages with the school's own items. */
export function questionnaireOf(respondent: Respondent) {
  const instrument = instrumentByVersion(respondent.instrumentVersion, wordingOf(respondent.orgType));
  const questionnaire = instrument.questionnaires[respondent.group];
  const pages = questionPages(instrument, respondent.group, respondent.extras);
  return { questionnaire, pages, points: questionnaire.scale.points.length };
}

/** One transaction for one link: fn runs only for a respondent who may answer now. */
function withRespondent<T>(
  db: Db,
  token: string,
  now: Date,
  fn: (tx: Tx, respondent: Respondent) => Promise<T>,
): Promise<T | Refused> {
  return withLink(db, hashToken(token), async (tx) => {
    const respondent = await respondentOf(tx, token);
    const problem = respondentProblem(respondent, now);
    if (problem || !respondent) return refuse(problem ?? "unknown", respondent);
    return fn(tx, respondent);
  });
}

export interface Progress {
  respondent: Respondent;
  answers: Answers;
  /** The last page saved; 0 before the first. */
  page: number;
}

export function loadProgress(db: Db, token: string, now = new Date()): Promise<Outcome<Progress>> {
  return withRespondent(db, token, now, async (tx, respondent) =>
    ok({ respondent, ...(await readDraft(tx, respondent, token)) }),
  );
}

/** Saves page `number` as posted; the value is how many pages there are. */
export function savePage(
  db: Db,
  token: string,
  number: number,
  body: FormBody,
  now = new Date(),
): Promise<Outcome<number> | Tampered> {
  return withRespondent(db, token, now, async (tx, respondent) => {
    const { pages, points } = questionnaireOf(respondent);
    const page = pages[number - 1];
    if (!page) return refuse("unknown", respondent);
    const posted = readPage(page, points, body);
    if (!posted) return tampered;
    const draft = await readDraft(tx, respondent, token);
    await writeDraft(tx, respondent, token, { answers: mergePage(draft.answers, page, posted), page: number });
    return ok(pages.length);
  });
}

/**
 * The form with every page at once: saves all its answers for later, or sends
 * them, in one transaction.
 */
export function saveAllPages(
  db: Db,
  config: Pick<Config, "SECRET_KEY">,
  token: string,
  body: FormBody,
  send: boolean,
  now = new Date(),
): Promise<Outcome<null> | Tampered | Empty> {
  return withRespondent(db, token, now, async (tx, respondent) => {
    const { pages, points } = questionnaireOf(respondent);
    const answers = readAllPages(pages, points, body);
    if (!answers) return tampered;
    if (send) return sealBallot(tx, config, respondent, answers, { capped: true });
    const draft = await readDraft(tx, respondent, token);
    await writeDraft(tx, respondent, token, { answers, page: Math.max(draft.page, 1) });
    return ok(null);
  });
}

/** What goes into the sealed box: the answers and the class, nothing about the person. */
export interface Ballot extends Answers {
  group: Respondent["group"];
  subgroupId: string | null;
}

/** Sends the saved answers: marks the invitation responded and puts one sealed ballot in the box. */
export function submitAnswers(
  db: Db,
  config: Pick<Config, "SECRET_KEY">,
  token: string,
  now = new Date(),
): Promise<Outcome<null> | Empty> {
  return withRespondent(db, token, now, async (tx, respondent) => {
    const { answers } = await readDraft(tx, respondent, token);
    return sealBallot(tx, config, respondent, answers, { capped: true });
  });
}

/**
 * Sends answers made up elsewhere (the demo's simulated respondents), as submitAnswers does, but
 * without an open link's places: the demo takes its tickets through issueTicket for every group
 * (the team's and mailed parents' too) and bounds them itself (simulate.ts, withRoom).
 */
export function sendAnswers(
  db: Db,
  config: Pick<Config, "SECRET_KEY">,
  token: string,
  answers: Answers,
  now = new Date(),
): Promise<Outcome<null> | Empty> {
  return withRespondent(db, token, now, (tx, respondent) =>
    sealBallot(tx, config, respondent, answers, { capped: false }),
  );
}

/**
 * Marks the invitation responded, drops the draft and puts the sealed ballot in
 * the box: one statement, all or nothing. The measurement row is taken FOR SHARE
 * (closing takes it FOR UPDATE), so no ballot slips in while the box is emptied.
 */
const sealStatement = preparedStatement<{ open: boolean; marked: boolean }>(
  "seal_ballot",
  () => sql`
    with still_open as (
      select 1 from ${measurements}
      where org_id = ${sql.placeholder("orgId")} and id = ${sql.placeholder("measurementId")}
        and status <> 'closed' and ballot_key = ${sql.placeholder("ballotKey")}
      for share),
    marked as (
      update ${measurementInvitations} set responded = true
      where org_id = ${sql.placeholder("orgId")} and id = ${sql.placeholder("invitationId")} and not responded
        and exists (select 1 from still_open)
      returning id),
    dropped as (
      delete from ${measurementDrafts}
      where org_id = ${sql.placeholder("orgId")} and invitation_id in (select id from marked)),
    sealed as (
      insert into ${measurementBallots} (org_id, measurement_id, ciphertext)
      select ${sql.placeholder("orgId")}, ${sql.placeholder("measurementId")}, ${sql.placeholder("sealed")}
      where exists (select 1 from marked))
    select exists (select 1 from still_open) as open, exists (select 1 from marked) as marked`,
);

async function sealBallot(
  tx: Tx,
  config: Pick<Config, "SECRET_KEY">,
  respondent: Respondent,
  answers: Answers,
  options: { capped: boolean },
): Promise<Outcome<null> | Empty> {
  if (!respondent.storedBallotKey) return refuse("closed", respondent);
  if (answeredCount(answers) === 0) return { ok: false, problem: "empty" };
  if (options.capped && respondent.kind === "open_link") {
    // Locked until this transaction commits, so the last place is taken once (open-link-room.ts).
    await lockAudience(tx, respondent);
    if (isFull(await roomOf(tx, respondent))) return refuse("full", respondent);
  }
  const ballot: Ballot = { group: respondent.group, subgroupId: respondent.subgroupId, ...answers };
  const plain = padded(ballot, respondent.instrumentVersion);
  const sealed = seal(ballotKey(respondent.storedBallotKey, config.SECRET_KEY), plain);
  const { orgId, measurementId, invitationId, storedBallotKey } = respondent;
  const [result] = await sealStatement(tx, { orgId, measurementId, invitationId, ballotKey: storedBallotKey, sealed });
  if (!result?.open) return refuse("closed", respondent);
  return result.marked ? ok(null) : refuse("responded", respondent);
}

/** One transaction for a class's open link: fn runs only for a measurement that may be answered now. */
function withOpenLink<T>(
  db: Db,
  openToken: string,
  now: Date,
  fn: (tx: Tx, measurement: Measurement) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  return withLink(db, openToken, async (tx) => {
    const measurement = await audienceOfOpenLink(tx, openToken);
    if (!measurement) return refuse("unknown");
    const problem = measurementProblem(measurement, now);
    return problem ? refuse(problem, measurement) : fn(tx, measurement);
  });
}

/**
 * The class and measurement behind an open link, for its start page, with how many it serves and
 * has served; refused as the start would be when no one more can start from it.
 */
export function openLinkInfo(
  db: Db,
  openToken: string,
  now = new Date(),
): Promise<Outcome<Measurement & { room: OpenLinkRoom }>> {
  return withOpenLink(db, openToken, now, async (tx, measurement) => {
    const room = await roomOf(tx, measurement);
    const full = startProblem(room);
    return full ? refuse(full, measurement) : ok({ ...measurement, room });
  });
}

/**
 * A personal link from a class's open link: a new invitation of the kind
 * "open link", which from then on works like one that was mailed. The start
 * page's form gives `ticket` (ticketOfForm); pressing that form again gives the
 * same link rather than a spare invitation, which would count as a pupil who
 * never answered. Refused once the link has served its places, or has given
 * many more links than that (open-link-room.ts).
 */
export function startFromOpenLink(
  db: Db,
  openToken: string,
  ticket: string = newToken(),
  now = new Date(),
): Promise<Outcome<string>> {
  return withOpenLink(db, openToken, now, async (tx, measurement) => {
    await lockAudience(tx, measurement);
    // The same form pressed again keeps its link, even when the link has just filled up.
    if (await hasTicket(tx, hashToken(ticket))) return ok(ticket);
    const full = startProblem(await roomOf(tx, measurement));
    return full ? refuse(full, measurement) : ok(await issueTicket(tx, measurement, ticket));
  });
}

/**
 * The personal token one press of an open link's start form gives: derived from the form's
 * one-time token and the browser's CSRF cookie, keyed with SECRET_KEY, so that no one can choose
 * a token of their own and the same form posted from another browser gives another link.
 */
export function ticketOfForm(secretKey: string, form: { openToken: string; csrf: string; once: string }): string {
  return keyedDigest(secretKey, `open-link:${form.openToken}:${form.csrf}:${form.once}`, "base64url");
}

/**
 * The invitation of a personal token for someone without a mailed invitation; returns the
 * token. A token that has one already (the same form sent twice) keeps it: the second insert
 * waits for the first's commit on the unique hash, then does nothing.
 */
export async function issueTicket(tx: Tx, measurement: Measurement, token: string = newToken()): Promise<string> {
  await tx
    .insert(measurementInvitations)
    .values({
      orgId: measurement.orgId,
      measurementId: measurement.measurementId,
      audienceId: measurement.audienceId,
      kind: "open_link",
      tokenHash: hashToken(token),
    })
    .onConflictDoNothing({ target: measurementInvitations.tokenHash });
  return token;
}
