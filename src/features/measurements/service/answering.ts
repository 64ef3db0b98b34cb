/**
 * What a respondent does through their link: read where they are, save a
 * page, send the questionnaire, or take a personal link from a class's open
 * link. Every action is one transaction that checks the link first, so a
 * refused action stores nothing, and sending cannot happen twice.
 */
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../../../db/client.js";
import {
  measurementBallots,
  measurementDrafts,
  measurementInvitations,
  measurements,
} from "../../../db/schema/index.js";
import { hashToken, newToken } from "../../../auth/tokens.js";
import type { Config } from "../../../config.js";
import { answeredCount, mergePage, type Answers, type QuestionPage } from "../questionnaire.js";
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
import { ballotKey, seal } from "./sealing.js";

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: LinkProblem };

const refuse = (problem: LinkProblem): { ok: false; problem: LinkProblem } => ({ ok: false, problem });

export interface Progress {
  respondent: Respondent;
  answers: Answers;
  /** The last page saved; 0 before the first. */
  page: number;
}

export function loadProgress(db: Db, token: string, now = new Date()): Promise<Outcome<Progress>> {
  return withLink(db, hashToken(token), async (tx) => {
    const respondent = await respondentOf(tx, token);
    const problem = respondentProblem(respondent, now);
    if (problem || !respondent) return refuse(problem ?? "unknown");
    return { ok: true, value: { respondent, ...(await readDraft(tx, respondent, token)) } };
  });
}

export function savePage(
  db: Db,
  token: string,
  page: QuestionPage,
  posted: Pick<Answers, "answers"> & { open: string | null },
  now = new Date(),
): Promise<Outcome<null>> {
  return withLink(db, hashToken(token), async (tx) => {
    const respondent = await respondentOf(tx, token);
    const problem = respondentProblem(respondent, now);
    if (problem || !respondent) return refuse(problem ?? "unknown");
    const draft = await readDraft(tx, respondent, token);
    await writeDraft(tx, respondent, token, { answers: mergePage(draft.answers, page, posted), page: page.number });
    return { ok: true, value: null };
  });
}

/** What goes into the sealed box: the answers and the class, nothing about the person. */
export interface Ballot extends Answers {
  group: Respondent["group"];
  subgroupId: string | null;
}

/** Sends the answers: marks the invitation responded and puts one sealed ballot in the box. */
export function submitAnswers(
  db: Db,
  config: Pick<Config, "SECRET_KEY">,
  token: string,
  now = new Date(),
): Promise<Outcome<null> | { ok: false; problem: "empty" }> {
  return withLink(db, hashToken(token), async (tx) => {
    const respondent = await respondentOf(tx, token);
    if (!respondent) return refuse("unknown");
    // Closing takes this row FOR UPDATE: no ballot can slip in while the box is emptied.
    const [measurement] = await tx
      .select({ status: measurements.status, ballotKey: measurements.ballotKey })
      .from(measurements)
      .where(and(eq(measurements.orgId, respondent.orgId), eq(measurements.id, respondent.measurementId)))
      .for("share");
    const problem = respondentProblem({ ...respondent, status: measurement?.status ?? "closed" }, now);
    if (problem || !measurement?.ballotKey) return refuse(problem ?? "closed");
    const { answers } = await readDraft(tx, respondent, token);
    if (answeredCount(answers) === 0) return { ok: false, problem: "empty" };
    const marked = await tx
      .update(measurementInvitations)
      .set({ responded: true })
      .where(
        and(
          eq(measurementInvitations.orgId, respondent.orgId),
          eq(measurementInvitations.id, respondent.invitationId),
          eq(measurementInvitations.responded, false),
        ),
      )
      .returning({ id: measurementInvitations.id });
    if (!marked.length) return refuse("responded");
    await tx
      .delete(measurementDrafts)
      .where(
        and(eq(measurementDrafts.orgId, respondent.orgId), eq(measurementDrafts.invitationId, respondent.invitationId)),
      );
    const ballot: Ballot = { group: respondent.group, subgroupId: respondent.subgroupId, ...answers };
    const key = ballotKey(measurement.ballotKey, config.SECRET_KEY);
    await tx.insert(measurementBallots).values({
      orgId: respondent.orgId,
      measurementId: respondent.measurementId,
      ciphertext: seal(key, JSON.stringify(ballot)),
    });
    return { ok: true, value: null };
  });
}

/** The class and measurement behind an open link, for its start page. */
export function openLinkInfo(db: Db, openToken: string, now = new Date()): Promise<Outcome<Measurement>> {
  return withLink(db, openToken, async (tx) => {
    const measurement = await audienceOfOpenLink(tx, openToken);
    if (!measurement) return refuse("unknown");
    const problem = measurementProblem(measurement, now);
    return problem ? refuse(problem) : { ok: true, value: measurement };
  });
}

/**
 * A personal link from a class's open link: a new invitation of the kind
 * "open link", which from then on works like one that was mailed.
 */
export function startFromOpenLink(db: Db, openToken: string, now = new Date()): Promise<Outcome<string>> {
  return withLink(db, openToken, async (tx) => {
    const measurement = await audienceOfOpenLink(tx, openToken);
    if (!measurement) return refuse("unknown");
    const problem = measurementProblem(measurement, now);
    return problem ? refuse(problem) : { ok: true, value: await issueTicket(tx, measurement) };
  });
}

/** A new personal token for someone without a mailed invitation; returns the token. */
export async function issueTicket(tx: Tx, measurement: Measurement): Promise<string> {
  const token = newToken();
  await tx.insert(measurementInvitations).values({
    orgId: measurement.orgId,
    measurementId: measurement.measurementId,
    audienceId: measurement.audienceId,
    kind: "open_link",
    tokenHash: hashToken(token),
  });
  return token;
}
