/**
 * Panel surveys: an editor's own questions on the measurement's questionnaire engine, a sample
 * drawn per province and school type, invitations and reminders by mail, answers in a sealed box
 * while open and shuffled anonymous responses after closing (docs/measurement-anonymity.md,
 * docs/panel.md), then a published report.
 */
import { randomBytes, randomInt } from "node:crypto";
import { and, asc, desc, eq, isNotNull, lt, sql } from "drizzle-orm";
import { recordPlatformAudit } from "../../../audit/record.js";
import type { Db, Tx } from "../../../db/client.js";
import {
  panelBallots,
  panelInvitations,
  panelMembers,
  panelResponses,
  panelSurveys,
  type PanelQuestion,
  type PanelSample,
} from "../../../db/schema/index.js";
import { hashToken, newToken } from "../../../auth/tokens.js";
import { notify } from "../../../mail/notify.js";
import type { Deps } from "../../../web/env.js";
import type { Locale } from "../../../web/i18n/index.js";
import { refuse, type Outcome } from "../../../web/outcome.js";
import { ballotKey, disclosure, newBallotKey, seal, unseal } from "../../measurements/index.js";
import { drawSample } from "../domain/sample.js";
import { provinces, schoolTypes } from "../domain/profile.js";
import type { SurveyJob } from "../job-names.js";
import { inviteJob, remindJob, vacuumJob } from "../jobs.js";
import { panelInvitation } from "../notifications.js";

type SurveyDeps = Pick<Deps, "db" | "jobs" | "config">;
export type PanelSurvey = typeof panelSurveys.$inferSelect;
export type SurveyStatus = "draft" | "open" | "closed" | "published";

export const MAX_QUESTIONS = 20;

/** Every ballot has this length before sealing: the JSON of the most questions, all "don't know", and the longest type. */
const BALLOT_BYTES = Buffer.byteLength(
  JSON.stringify({
    schoolType: "vocational_".padEnd(24, "x"),
    answers: Object.fromEntries(Array.from({ length: MAX_QUESTIONS }, (_, i) => [`q${i + 1}`, null])),
  }),
);

function paddedBallot(ballot: { schoolType: string; answers: Record<string, number | null> }): Buffer {
  const json = JSON.stringify(ballot);
  if (Buffer.byteLength(json) > BALLOT_BYTES) throw new Error("A panel ballot is longer than its padding.");
  const bytes = Buffer.alloc(BALLOT_BYTES, " ");
  bytes.write(json);
  return bytes;
}

// ——— Editors ———

/** A new survey, in the caller's transaction (the editors' form posts it once, decision 007). */
export async function createSurvey(
  db: Db | Tx,
  input: {
    userId: string;
    title: { nl: string; en: string };
    intro: { nl: string; en: string };
    questions: { nl: string; en: string }[];
    sample: PanelSample;
    threshold: number;
  },
): Promise<string> {
  const questions: PanelQuestion[] = input.questions.map((text, i) => ({ id: `q${i + 1}`, text }));
  const [made] = await db
    .insert(panelSurveys)
    .values({
      title: input.title,
      intro: input.intro,
      questions,
      sample: input.sample,
      threshold: input.threshold,
      createdBy: input.userId,
    })
    .returning({ id: panelSurveys.id });
  return made!.id;
}

export async function surveyById(db: Db | Tx, surveyId: string): Promise<PanelSurvey | undefined> {
  const [survey] = await db.select().from(panelSurveys).where(eq(panelSurveys.id, surveyId));
  return survey;
}

export async function allSurveys(db: Db) {
  return db.select().from(panelSurveys).orderBy(desc(panelSurveys.createdAt), desc(panelSurveys.id));
}

/** Draws the sample and opens the survey; the invitations are mailed by a job. */
export async function openSurvey(deps: SurveyDeps, surveyId: string): Promise<Outcome<{ invited: number }>> {
  return deps.db.transaction(async (tx) => {
    const [survey] = await tx.select().from(panelSurveys).where(eq(panelSurveys.id, surveyId)).for("update");
    if (!survey) return refuse("missing", "panel.survey.missing", "invalid");
    if (survey.status !== "draft") return refuse("not-draft", "panel.survey.notDraft", "conflict");
    const candidates = await tx
      .select({ id: panelMembers.id, province: panelMembers.province, children: panelMembers.children })
      .from(panelMembers)
      .where(isNotNull(panelMembers.confirmedAt));
    const drawn = drawSample(candidates, survey.sample, provinces, schoolTypes, () => randomInt(2 ** 47) / 2 ** 47);
    if (drawn.length === 0) return refuse("empty", "panel.survey.emptySample", "invalid");
    for (let i = 0; i < drawn.length; i += 1000) {
      await tx.insert(panelInvitations).values(
        drawn.slice(i, i + 1000).map((d) => ({
          surveyId,
          memberId: d.memberId,
          province: d.province,
          schoolType: d.schoolType,
          tokenHash: `unmailed:${randomBytes(16).toString("hex")}`,
        })),
      );
    }
    await tx
      .update(panelSurveys)
      .set({ status: "open", ballotKey: newBallotKey(deps.config.SECRET_KEY) })
      .where(eq(panelSurveys.id, surveyId));
    await deps.jobs.send(tx, inviteJob, { surveyId });
    return { ok: true, invited: drawn.length };
  });
}

/**
 * Mails every invitation not mailed yet. Each is claimed with `WHERE NOT mailed`, which also
 * gives it its link (hashed, and sealed with the ballot key for reminders), so a job that runs
 * twice mails no one twice.
 */
export async function runInvitations(deps: SurveyDeps, job: SurveyJob): Promise<number> {
  let mailed = 0;
  for (;;) {
    const count = await deps.db.transaction(async (tx) => {
      const survey = await surveyById(tx, job.surveyId);
      if (survey?.status !== "open" || !survey.ballotKey) return 0;
      const key = ballotKey(survey.ballotKey, deps.config.SECRET_KEY);
      const waiting = await tx
        .select({ id: panelInvitations.id, email: panelMembers.email, locale: panelMembers.locale })
        .from(panelInvitations)
        .innerJoin(panelMembers, eq(panelMembers.id, panelInvitations.memberId))
        .where(and(eq(panelInvitations.surveyId, job.surveyId), eq(panelInvitations.mailed, false)))
        .limit(200);
      const recipients = [];
      for (const invitation of waiting) {
        const token = newToken();
        const [claimed] = await tx
          .update(panelInvitations)
          .set({ tokenHash: hashToken(token), sealedToken: seal(key, token), mailed: true })
          .where(and(eq(panelInvitations.id, invitation.id), eq(panelInvitations.mailed, false)))
          .returning({ id: panelInvitations.id });
        if (claimed) recipients.push({ email: invitation.email, locale: invitation.locale as Locale, token });
      }
      await mailInvitations(tx, deps, survey, recipients, false);
      return waiting.length;
    });
    mailed += count;
    if (count < 200) return mailed;
  }
}

async function mailInvitations(
  tx: Tx,
  deps: SurveyDeps,
  survey: PanelSurvey,
  recipients: { email: string; locale: Locale; token: string }[],
  reminder: boolean,
) {
  await notify(tx, deps.jobs, panelInvitation, recipients, (r, t) => ({
    subject: t(reminder ? "panel.mail.reminder.subject" : "panel.mail.invitation.subject", {
      title: survey.title[r.locale],
    }),
    text: t(reminder ? "panel.mail.reminder.text" : "panel.mail.invitation.text", {
      title: survey.title[r.locale],
      link: `${deps.config.publicUrl}/panel/p/${r.token}`,
      leave: `${deps.config.publicUrl}/panel/inloggen`,
    }),
  }));
}

/** Starts a round of reminders (the editor's button); the job mails it. */
export async function startReminders(deps: SurveyDeps, surveyId: string): Promise<Outcome<{ round: number }>> {
  return deps.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(panelSurveys)
      .set({ reminders: sql`${panelSurveys.reminders} + 1` })
      .where(and(eq(panelSurveys.id, surveyId), eq(panelSurveys.status, "open")))
      .returning({ round: panelSurveys.reminders });
    if (!updated) return refuse("not-open", "panel.survey.notOpen", "conflict");
    await deps.jobs.send(tx, remindJob, { surveyId, round: updated.round });
    return { ok: true, round: updated.round };
  });
}

/** Mails a round's reminders to those mailed who have not responded; each claimed once per round. */
export async function runReminders(deps: SurveyDeps, job: SurveyJob & { round: number }): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const survey = await surveyById(tx, job.surveyId);
    if (survey?.status !== "open" || !survey.ballotKey) return 0;
    const key = ballotKey(survey.ballotKey, deps.config.SECRET_KEY);
    const claimed = await tx
      .update(panelInvitations)
      .set({ reminders: job.round })
      .where(
        and(
          eq(panelInvitations.surveyId, job.surveyId),
          eq(panelInvitations.mailed, true),
          eq(panelInvitations.responded, false),
          lt(panelInvitations.reminders, job.round),
          isNotNull(panelInvitations.memberId),
          isNotNull(panelInvitations.sealedToken),
        ),
      )
      .returning({ memberId: panelInvitations.memberId, sealed: panelInvitations.sealedToken });
    if (claimed.length === 0) return 0;
    const members = await tx
      .select({ id: panelMembers.id, email: panelMembers.email, locale: panelMembers.locale })
      .from(panelMembers)
      .where(sql`${panelMembers.id} = any(${sql.param(claimed.map((c) => c.memberId!))}::uuid[])`);
    const byId = new Map(members.map((m) => [m.id, m]));
    const recipients = claimed.flatMap((c) => {
      const member = byId.get(c.memberId!);
      return member ? [{ email: member.email, locale: member.locale as Locale, token: unseal(key, c.sealed!) }] : [];
    });
    await mailInvitations(tx, deps, survey, recipients, true);
    return recipients.length;
  });
}

export interface StratumRate {
  province: string;
  schoolType: string;
  invited: number;
  responded: number;
  /** The share, only when at least the threshold responded in the stratum. */
  share: number | null;
}

/** Live response rates: the whole sample, and per stratum a share only above the threshold. */
export async function responseRates(db: Db, survey: PanelSurvey) {
  const rows = await db
    .select({
      province: panelInvitations.province,
      schoolType: panelInvitations.schoolType,
      invited: sql<number>`count(*)::int`,
      responded: sql<number>`(count(*) filter (where ${panelInvitations.responded}))::int`,
    })
    .from(panelInvitations)
    .where(eq(panelInvitations.surveyId, survey.id))
    .groupBy(panelInvitations.province, panelInvitations.schoolType)
    .orderBy(asc(panelInvitations.province), asc(panelInvitations.schoolType));
  const strata: StratumRate[] = rows.map((row) => ({
    ...row,
    share: row.responded >= survey.threshold ? row.responded / row.invited : null,
  }));
  const invited = strata.reduce((n, s) => n + s.invited, 0);
  const responded = strata.reduce((n, s) => n + s.responded, 0);
  return { invited, responded, strata };
}

// ——— Answering ———

export type AnswerRefusal = "not-invited" | "answered" | "closed";

export interface Invitation {
  id: string;
  survey: PanelSurvey;
  responded: boolean;
}

/** The invitation of a mailed link, while its survey is open. */
export async function invitationByToken(db: Db, token: string): Promise<Outcome<{ invitation: Invitation }>> {
  const [row] = await db
    .select({ invitation: panelInvitations, survey: panelSurveys })
    .from(panelInvitations)
    .innerJoin(panelSurveys, eq(panelSurveys.id, panelInvitations.surveyId))
    .where(eq(panelInvitations.tokenHash, hashToken(token)));
  return invitationOutcome(row);
}

/** A signed-in member's invitation to a survey; a member not drawn for it has none. */
export async function invitationOfMember(
  db: Db,
  memberId: string,
  surveyId: string,
): Promise<Outcome<{ invitation: Invitation }>> {
  const [row] = await db
    .select({ invitation: panelInvitations, survey: panelSurveys })
    .from(panelInvitations)
    .innerJoin(panelSurveys, eq(panelSurveys.id, panelInvitations.surveyId))
    .where(and(eq(panelInvitations.memberId, memberId), eq(panelInvitations.surveyId, surveyId)));
  return invitationOutcome(row);
}

function invitationOutcome(
  row: { invitation: typeof panelInvitations.$inferSelect; survey: PanelSurvey } | undefined,
): Outcome<{ invitation: Invitation }> {
  if (!row) return refuse("not-invited", "panel.answer.notInvited", "forbidden");
  if (row.survey.status !== "open") return refuse("closed", "panel.answer.closed", "conflict");
  return { ok: true, invitation: { id: row.invitation.id, survey: row.survey, responded: row.invitation.responded } };
}

/**
 * Sends the answers: in one transaction the invitation is marked responded (once) and one
 * padded, sealed ballot with the stratum's school type goes into the box; nothing joins them.
 */
export async function submitAnswers(
  deps: Pick<Deps, "db" | "config">,
  input: { invitationId: string; answers: Record<string, number | null> },
): Promise<Outcome> {
  return deps.db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(panelInvitations)
      .set({ responded: true, sealedToken: null })
      .where(
        and(
          eq(panelInvitations.id, input.invitationId),
          eq(panelInvitations.responded, false),
          sql`exists (select 1 from ${panelSurveys} where ${panelSurveys.id} = ${panelInvitations.surveyId} and ${panelSurveys.status} = 'open')`,
        ),
      )
      .returning({ surveyId: panelInvitations.surveyId, schoolType: panelInvitations.schoolType });
    if (!claimed) return refuse("answered", "panel.answer.already", "conflict");
    const survey = await surveyById(tx, claimed.surveyId);
    const key = ballotKey(survey!.ballotKey!, deps.config.SECRET_KEY);
    const ciphertext = seal(key, paddedBallot({ schoolType: claimed.schoolType, answers: input.answers }));
    await tx.insert(panelBallots).values({ surveyId: claimed.surveyId, ciphertext });
    return { ok: true };
  });
}

// ——— Closing and publishing ———

/**
 * Closes the survey: the ballots are opened and written as responses in a random order with
 * fresh ids, in one transaction; a response keeps its school type only where the disclosure rule
 * shows that type, and its answers only when the whole survey reached the threshold. The
 * ballots and the key are gone. Then every invitation is rewritten in a transaction of its own
 * (clearing the sealed links), so no invitation's xmin keeps the order of responding; VACUUM
 * follows by job.
 */
export async function closeSurvey(deps: SurveyDeps, surveyId: string): Promise<Outcome<{ responses: number }>> {
  const outcome = await deps.db.transaction(async (tx): Promise<Outcome<{ responses: number }>> => {
    const [survey] = await tx.select().from(panelSurveys).where(eq(panelSurveys.id, surveyId)).for("update");
    if (!survey) return refuse("missing", "panel.survey.missing", "invalid");
    if (survey.status !== "open" || !survey.ballotKey) return refuse("not-open", "panel.survey.notOpen", "conflict");
    const key = ballotKey(survey.ballotKey, deps.config.SECRET_KEY);
    const ballots = await tx
      .select({ ciphertext: panelBallots.ciphertext })
      .from(panelBallots)
      .where(eq(panelBallots.surveyId, surveyId));
    const opened = ballots.map(
      (b) => JSON.parse(unseal(key, b.ciphertext)) as { schoolType: string; answers: Record<string, number | null> },
    );
    const { responses, cells } = anonymousResponses(surveyId, opened, survey.threshold);
    if (responses.length) await tx.insert(panelResponses).values(responses);
    await tx.delete(panelBallots).where(eq(panelBallots.surveyId, surveyId));
    await tx
      .update(panelSurveys)
      .set({ status: "closed", ballotKey: null, cells })
      .where(eq(panelSurveys.id, surveyId));
    return { ok: true, responses: responses.length };
  });
  if (!outcome.ok) return outcome;
  await deps.db.transaction(async (tx) => {
    await tx.update(panelInvitations).set({ sealedToken: null }).where(eq(panelInvitations.surveyId, surveyId));
    await deps.jobs.send(tx, vacuumJob, { surveyId });
  });
  return outcome;
}

/**
 * The storage rule at closing: in a random order, each response with its school type only where
 * the disclosure rule shows that type, and with its answers only when the whole survey reached
 * the threshold; the cells the report may show with their counts.
 */
export function anonymousResponses(
  surveyId: string,
  opened: readonly { schoolType: string; answers: Record<string, number | null> }[],
  threshold: number,
) {
  const perType = new Map<string, number>();
  for (const ballot of opened) perType.set(ballot.schoolType, (perType.get(ballot.schoolType) ?? 0) + 1);
  const tree = {
    id: "all",
    respondents: opened.length,
    children: [...perType].map(([id, respondents]) => ({ id, respondents })),
  };
  const shown = disclosure(tree, threshold);
  const answersKept = shown.get("all")?.visible === true;
  const responses = shuffleSecure(opened).map((ballot) => ({
    surveyId,
    schoolType: answersKept && shown.get(ballot.schoolType)?.visible ? ballot.schoolType : null,
    answers: answersKept ? ballot.answers : null,
  }));
  const cells: Record<string, number> = { all: opened.length };
  for (const [type, n] of perType) if (answersKept && shown.get(type)?.visible) cells[type] = n;
  return { responses, cells };
}

function shuffleSecure<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The tables whose old row versions could still link someone to answers or hold a member who left. */
export const PANEL_SEALED_TABLES = [
  "panel_ballots",
  "panel_invitations",
  "panel_surveys",
  "panel_members",
  "panel_tokens",
];

export async function vacuumPanel(owner: { ownerExec(sql: string): Promise<unknown> }): Promise<void> {
  for (const table of PANEL_SEALED_TABLES) await owner.ownerExec(`VACUUM ${table}`);
}

/** Publishes a closed survey's report for a year; the editor's decision is in the platform's audit trail. */
export async function publishSurvey(db: Db, surveyId: string, year: number, userId: string): Promise<Outcome> {
  return db.transaction(async (tx) => {
    const [published] = await tx
      .update(panelSurveys)
      .set({ status: "published", year, publishedAt: sql`now()` })
      .where(and(eq(panelSurveys.id, surveyId), eq(panelSurveys.status, "closed")))
      .returning({ id: panelSurveys.id });
    if (!published) return refuse("not-closed", "panel.survey.notClosed", "conflict");
    await recordPlatformAudit(tx, {
      userId,
      action: "publish",
      entity: "panel_survey",
      entityId: surveyId,
      detail: String(year),
    });
    return { ok: true };
  });
}

// ——— Members ———

export async function surveysOfMember(db: Db, memberId: string, locale: Locale) {
  const rows = await db
    .select({ id: panelSurveys.id, title: panelSurveys.title, responded: panelInvitations.responded })
    .from(panelInvitations)
    .innerJoin(panelSurveys, eq(panelSurveys.id, panelInvitations.surveyId))
    .where(and(eq(panelInvitations.memberId, memberId), eq(panelSurveys.status, "open")))
    .orderBy(panelSurveys.createdAt, panelSurveys.id);
  return rows.map((row) => ({ id: row.id, title: row.title[locale], responded: row.responded }));
}
