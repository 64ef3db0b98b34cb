/**
 * Made-up responses for the demo ("the demo can simulate the rest"). Each
 * one goes the way a real respondent goes: a personal link, every page saved,
 * then sent. Answers lean towards "fairly" now and "mostly" desired, with
 * some "don't know", so the thermometer has something to show.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { measurementAudiences } from "../../../db/schema/index.js";
import type { Config } from "../../../config.js";
import type { ItemAnswer } from "../domain/tally.js";
import { instrumentByVersion } from "../instrument/index.js";
import { questionPages, type QuestionPage } from "../questionnaire.js";
import { issueTicket, savePage, submitAnswers } from "./answering.js";
import { measurementOf, type Measurement } from "./respondent.js";
import { inOrg } from "./scope.js";

export const SIMULATED_RESPONSES = 40;

/** Adds `count` responses spread over the measurement's audiences; returns how many were sent. */
export async function simulateResponses(
  options: { db: Db; config: Pick<Config, "SECRET_KEY">; orgId: string; measurementId: string; count: number },
  now = new Date(),
): Promise<number> {
  const { db, orgId, measurementId } = options;
  const audiences = await inOrg({ db, orgId, userId: null }, async (tx) => {
    const ids = await tx
      .select({ id: measurementAudiences.id })
      .from(measurementAudiences)
      .where(and(eq(measurementAudiences.orgId, orgId), eq(measurementAudiences.measurementId, measurementId)));
    const found = await Promise.all(ids.map((a) => measurementOf(tx, orgId, a.id)));
    return found.filter((m): m is Measurement => m !== null);
  });
  let sent = 0;
  for (let i = 0; i < options.count && audiences.length; i++) {
    const audience = audiences[i % audiences.length]!;
    if (await respond(options, audience, now)) sent++;
  }
  return sent;
}

async function respond(
  options: { db: Db; config: Pick<Config, "SECRET_KEY"> },
  audience: Measurement,
  now: Date,
): Promise<boolean> {
  const token = await inOrg({ db: options.db, orgId: audience.orgId, userId: null }, (tx) => issueTicket(tx, audience));
  const instrument = instrumentByVersion(audience.instrumentVersion);
  const points = instrument.questionnaires[audience.group].scale.points.length;
  for (const page of questionPages(instrument, audience.group)) {
    const saved = await savePage(options.db, token, page, { answers: madeUpAnswers(page, points), open: null }, now);
    if (!saved.ok) return false;
  }
  return (await submitAnswers(options.db, options.config, token, now)).ok;
}

function madeUpAnswers(page: QuestionPage, points: number): Record<string, ItemAnswer> {
  const answers: Record<string, ItemAnswer> = {};
  for (const item of page.items) {
    if (Math.random() < 0.08) {
      answers[item.id] = page.desired ? { current: null, desired: null } : { current: null };
      continue;
    }
    const current = clamp(Math.round(points * 0.45 + (Math.random() - 0.5) * (points - 1)), points);
    const desired = clamp(current + Math.round(Math.random() * 2), points);
    answers[item.id] = page.desired ? { current, desired } : { current };
  }
  return answers;
}

function clamp(value: number, points: number): number {
  return Math.min(points, Math.max(1, value));
}
