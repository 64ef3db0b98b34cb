/** Helpers for the tests of this feature: a measurement made through the form, its jobs run by hand, links from mails. */
import pino from "pino";
import { lastMailTo, TestClient, type TestContext } from "../../../tests/helpers/app.js";
import { createMailer } from "../../mail/mailer.js";
import type { Deps } from "../../web/env.js";
import { schoolDate } from "../../lib/time/school-date.js";
import { INVITE_JOB, type MeasurementJob } from "./service/job-names.js";
import { runInvitations } from "./service/open.js";

export function depsOf(ctx: TestContext): Deps {
  const logger = pino({ level: "silent" });
  const mailer = createMailer({ db: ctx.database.db, logger, from: ctx.config.MAIL_FROM, printToConsole: false });
  return { config: ctx.config, db: ctx.database.db, mailer, logger, jobs: { send: async () => null } };
}

export const today = () => schoolDate(new Date());

export function inDays(days: number): string {
  return schoolDate(new Date(Date.now() + days * 24 * 60 * 60 * 1000));
}

/** Creates a measurement through the form, open from today; returns its id. */
export async function createMeasurementAs(
  client: TestClient,
  form: Partial<Record<string, string | string[]>> = {},
): Promise<string> {
  const response = await client.post("/organisation/measurements", {
    title: "Nulmeting 2026",
    kind: "baseline",
    opensOn: today(),
    closesOn: inDays(14),
    team: "on",
    ...(form as Record<string, string | string[]>),
  });
  if (response.status !== 303) throw new Error(`creating a measurement failed with ${response.status}`);
  return response.headers.get("location")!.split("/").pop()!;
}

/** Runs the invitation job the app queued for this measurement, as the worker would. */
export async function runQueuedInvitations(ctx: TestContext, measurementId: string): Promise<number> {
  const job = ctx.jobs.find((j) => j.name === INVITE_JOB && (j.data as MeasurementJob).measurementId === measurementId);
  if (!job) throw new Error("no invitation job queued");
  return runInvitations(depsOf(ctx), job.data as MeasurementJob);
}

/** The personal questionnaire link in the newest mail to an address. */
export async function questionnaireLink(ctx: TestContext, email: string): Promise<string> {
  const mail = await lastMailTo(ctx, email);
  const path = mail?.text.match(/http:\/\/localhost:3000(\/m\/[A-Za-z0-9_-]{43})/)?.[1];
  if (!path) throw new Error(`no questionnaire mail for ${email}`);
  return path;
}

/** The open link of an audience, as shown on the measurement's page ("Leerlingen van Groep B"). */
export async function openLinkOf(leader: TestClient, measurementId: string, audience: string): Promise<string> {
  const detail = await (await leader.get(`/organisation/measurements/${measurementId}`)).text();
  const row = new RegExp(`${audience}</th><td class="open-link"[^>]*>http://localhost:3000(/m/open/[A-Za-z0-9_-]{43})`);
  const path = detail.match(row)?.[1];
  if (!path) throw new Error(`no open link for ${audience}`);
  return path;
}

/** One respondent through an open link: a personal link, the first page answered, sent. */
export async function answerThroughOpenLink(ctx: TestContext, openPath: string, page1: Record<string, string>) {
  const client = new TestClient(ctx.app);
  const link = (await client.post(openPath)).headers.get("location");
  if (!link) throw new Error("the open link gave no personal link");
  const saved = await client.post(`${link}/1`, { ...page1, go: "next" });
  if (saved.status !== 303) throw new Error(`saving failed with ${saved.status}`);
  const sent = await client.post(`${link}/send`);
  if (sent.status !== 303) throw new Error(`sending failed with ${sent.status}`);
}
