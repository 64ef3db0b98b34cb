/**
 * Issue 10 §4: a database reader finds no usable token in the outbox once mail is sent. Before
 * the outbox kept every body forever: working sign-in links and every questionnaire link.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isNull } from "drizzle-orm";
import { outbox } from "../../src/db/schema/index.js";
import { createTestContext, TestClient, testMailer, type TestContext } from "../helpers/app.js";
import { createSchool } from "../helpers/factories.js";
import { startSmtp, type TestSmtp } from "../helpers/smtp.js";
import { deliverSignInLinkJob } from "../../src/mail/jobs.js";
import { createMeasurementAs, runQueuedInvitations } from "../../src/features/measurements/testing.js";

let ctx: TestContext;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

/** Runs the sign-in link deliveries the app queued, as the worker would. */
async function runQueuedSignInLinks() {
  const mailer = testMailer(ctx.database.db, { smtpUrl: smtp.url });
  const queued = ctx.jobs.filter((job) => job.name === deliverSignInLinkJob.name);
  for (const job of queued) await mailer.deliver((job.data as { ids: string[] }).ids);
}

const SIGN_IN_TOKEN = /sign-in\/link\?token=([A-Za-z0-9_-]{43})/;
const QUESTIONNAIRE = /localhost:3000(\/m\/[A-Za-z0-9_-]{43})/;

describe("the outbox at rest", () => {
  it("holds no usable sign-in or questionnaire link once the mails are sent", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = new TestClient(ctx.app);
    await leader.post("/sign-in", { email: school.leader.email });
    // The link leaves through its delivery job, after the answer; no worker runs in tests.
    await runQueuedSignInLinks();
    const signInMail = smtp.received.find((m) => m.to.includes(school.leader.email));
    const token = signInMail?.data.match(SIGN_IN_TOKEN)?.[1];
    expect(token).toBeDefined();

    // The links arrive and work; the mail and its token were in the outbox until sent.
    expect((await leader.post("/sign-in/link", { token: token! })).status).toBe(303);
    const id = await createMeasurementAs(leader);
    expect(await runQueuedInvitations(ctx, id)).toBe(2);
    const waiting = await ctx.database.db.select({ id: outbox.id }).from(outbox).where(isNull(outbox.sentAt));
    const mailer = testMailer(ctx.database.db, { smtpUrl: smtp.url });
    await mailer.deliver(waiting.map((row) => row.id));
    const invitation = smtp.received.find((m) => m.to.includes(school.teacher.email) && QUESTIONNAIRE.test(m.data));
    const link = invitation!.data.match(QUESTIONNAIRE)![1]!;
    expect((await new TestClient(ctx.app).get(link)).status).toBe(200);

    const rows = await ctx.database.db.select().from(outbox);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const atRest = rows
      .map((row) => `${row.subject}\n${row.text ?? ""}\n${JSON.stringify(row.attachments)}`)
      .join("\n");
    expect(atRest).not.toMatch(/token=/);
    expect(atRest).not.toMatch(/\/m\/[A-Za-z0-9_-]{43}/);
    expect(rows.every((row) => row.sentAt !== null)).toBe(true);
  });
});
