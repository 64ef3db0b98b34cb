/** Helpers for the tests of this feature: a measurement made through the form, its jobs run by hand, links from mails. */
import pino from "pino";
import { lastMailTo, type TestClient, type TestContext } from "../../../tests/helpers/app.js";
import { createMailer } from "../../mail/mailer.js";
import type { Deps } from "../../web/env.js";
import { schoolDate } from "./service/dates.js";
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
