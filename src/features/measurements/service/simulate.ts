/**
 * Made-up responses for the demo ("the demo can simulate the rest"). Each
 * one goes the way a real respondent goes: a personal link, every page saved,
 * then sent. Each group leans its own way and some topics go better than
 * others, with some "don't know", so the thermometer has something to show.
 */
import { sql } from "drizzle-orm";
import type { Db, Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurementAudiences, measurementInvitations, measurements } from "../../../db/schema/index.js";
import type { Config } from "../../../config.js";
import type { DomainId, RespondentGroup } from "../domain/instrument.js";
import type { ItemAnswer } from "../domain/tally.js";
import { instrumentByVersion } from "../instrument/index.js";
import { mergePage, noAnswers, questionPages, type QuestionPage } from "../questionnaire.js";
import { issueTicket, sendAnswers } from "./answering.js";
import { measurementOf, measurementProblem, type Measurement } from "./respondent.js";
import { inOrg } from "../../../db/org-scope.js";
import type { MeasurementKind } from "./schemas.js";
import { createInvitations } from "./invitations.js";
import { pupilsOfGroups } from "../../pupils/index.js";

export const SIMULATED_RESPONSES = 40;

/**
 * Adds up to `count` responses, spread over the measurement's open audiences in proportion to how
 * many each asks, never more than it asks, and each first up to the anonymity threshold when there
 * are enough for all, so that every group's results show; returns how many were sent (fewer when
 * fewer are asked).
 */
export async function simulateResponses(
  options: { db: Db; config: Pick<Config, "SECRET_KEY">; orgId: string; measurementId: string; count: number },
  now = new Date(),
): Promise<number> {
  const { db, orgId, measurementId } = options;
  const { audiences, progress, threshold } = await inOrg({ db, orgId, userId: null }, async (tx) => {
    const [measurement] = await tx
      .select({ kind: measurements.kind, threshold: measurements.threshold })
      .from(measurements)
      .where(ofOrg(measurements, orgId, { id: measurementId }));
    const ids = await tx
      .select({ id: measurementAudiences.id })
      .from(measurementAudiences)
      .where(ofOrg(measurementAudiences, orgId, { measurementId }));
    const found = await Promise.all(ids.map((a) => measurementOf(tx, orgId, a.id)));
    // Only while open: a closed measurement takes no more responses, made up or not.
    const open = found.filter((m): m is Measurement => m !== null && measurementProblem(m, now) === null);
    // Whom the invitation job asks at opening (it may not have run yet): the team and parents it mails.
    if (open.length) await createInvitations(tx, orgId, measurementId);
    return {
      audiences: await withRoom(tx, orgId, measurementId, open),
      progress: PROGRESS[measurement?.kind ?? "poll"],
      threshold: measurement?.threshold ?? 0,
    };
  });
  const rooms = audiences.map((a) => a.room);
  const shares = apportion(options.count, rooms, threshold);
  let sent = 0;
  for (const [i, audience] of audiences.entries())
    for (let n = 0; n < shares[i]!; n++) if (await respond(options, audience, progress, now)) sent++;
  return sent;
}

/**
 * How many more of each audience could answer: those mailed (team, parents), or the pupils of the
 * class (pupils and young children answer through its open link), less those who already did.
 */
async function withRoom(tx: Tx, orgId: string, measurementId: string, audiences: Measurement[]) {
  const counts = await tx
    .select({
      audienceId: measurementInvitations.audienceId,
      mailed: sql<number>`(count(*) filter (where ${measurementInvitations.kind} = 'mail'))::int`,
      responded: sql<number>`(count(*) filter (where ${measurementInvitations.responded}))::int`,
    })
    .from(measurementInvitations)
    .where(ofOrg(measurementInvitations, orgId, { measurementId }))
    .groupBy(measurementInvitations.audienceId);
  const byLink = (a: Measurement) => a.group === "pupils" || a.group === "young";
  const pupils = await pupilsOfGroups(
    tx,
    orgId,
    audiences.filter(byLink).map((a) => a.subgroupId!),
  );
  return audiences.map((audience) => {
    const count = counts.find((c) => c.audienceId === audience.audienceId);
    const asked = byLink(audience)
      ? pupils.filter((p) => p.groupId === audience.subgroupId).length
      : (count?.mailed ?? 0);
    return { ...audience, room: Math.max(0, asked - (count?.responded ?? 0)) };
  });
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * `wanted` (or all the rooms hold, if less) over the rooms, none above its room: each first up to
 * `floor` when that leaves enough for all, the rest in proportion to the rooms left.
 */
export function apportion(wanted: number, rooms: number[], floor = 0): number[] {
  const floors = rooms.map((room) => Math.min(room, floor));
  if (sum(floors) > wanted) return proportional(wanted, rooms);
  const rest = proportional(
    wanted - sum(floors),
    rooms.map((room, i) => room - floors[i]!),
  );
  return floors.map((first, i) => first + rest[i]!);
}

/** `wanted` (or all the rooms hold, if less) split in proportion to the rooms, by largest remainder. */
function proportional(wanted: number, rooms: number[]): number[] {
  const all = sum(rooms);
  if (all === 0) return rooms.map(() => 0);
  const total = Math.min(wanted, all);
  const exact = rooms.map((room) => (total * room) / all);
  const shares = exact.map(Math.floor);
  const byRemainder = exact.map((_, i) => i).sort((a, b) => exact[b]! - shares[b]! - (exact[a]! - shares[a]!));
  for (const i of byRemainder.slice(0, total - sum(shares))) shares[i]!++;
  return shares;
}

async function respond(
  options: { db: Db; config: Pick<Config, "SECRET_KEY"> },
  audience: Measurement,
  progress: number,
  now: Date,
): Promise<boolean> {
  const token = await inOrg({ db: options.db, orgId: audience.orgId, userId: null }, (tx) => issueTicket(tx, audience));
  const instrument = instrumentByVersion(audience.instrumentVersion);
  const points = instrument.questionnaires[audience.group].scale.points.length;
  let answers = noAnswers();
  for (const page of questionPages(instrument, audience.group)) {
    const posted = { answers: madeUpAnswers(audience.group, page, points, progress), open: null };
    answers = mergePage(answers, page, posted);
  }
  return (await sendAnswers(options.db, options.config, token, answers, now)).ok;
}

/** Where each group tends to answer "now" on the five-point scale: the team a little rosier than parents. */
const LEANING: Record<RespondentGroup, number> = { team: 3.5, parents: 2.8, pupils: 3.1, young: 3.4 };
/** How far the partnership has grown by this kind of measurement, so an eindmeting shows a change. */
const PROGRESS: Record<MeasurementKind, number> = { baseline: 0, interim: 0.3, final: 0.6, poll: 0 };
/** Some topics go better than others, for everyone. */
const TOPIC: Record<DomainId, number> = {
  vision: 0.3,
  behaviour: 0.6,
  involvement: -0.5,
  learning: -0.2,
  conversations: 0.1,
  information: -0.6,
};

function madeUpAnswers(
  group: RespondentGroup,
  page: QuestionPage,
  points: number,
  progress: number,
): Record<string, ItemAnswer> {
  const answers: Record<string, ItemAnswer> = {};
  const centre = LEANING[group] + progress + (page.domain ? TOPIC[page.domain] : 0);
  for (const item of page.items) {
    if (Math.random() < 0.06) {
      answers[item.id] = page.desired ? { current: null, desired: null } : { current: null };
      continue;
    }
    const now = centre + (Math.random() - 0.5) * 2.2;
    const current = onScale(now, points);
    const desired = onScale(Math.max(now, 3.6) + Math.random() * 1.4, points);
    answers[item.id] = page.desired ? { current, desired } : { current };
  }
  return answers;
}

/** A value on the five-point scale as an answer on the group's own scale (3 or 5 points). */
function onScale(fivePoint: number, points: number): number {
  const value = points === 5 ? fivePoint : (fivePoint + 1) / 2;
  return Math.min(points, Math.max(1, Math.round(value)));
}
