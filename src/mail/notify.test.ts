import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray, sql } from "drizzle-orm";
import { outbox } from "../db/schema/index.js";
import { useTestDatabase } from "../../tests/helpers/database.js";
import { recordingQueue, testMailer, type QueuedJob } from "../../tests/helpers/app.js";
import { startSmtp, type TestSmtp } from "../../tests/helpers/smtp.js";
import { type Mailer } from "./mailer.js";
import { notify } from "./notify.js";
import { testKind } from "../notifications/testing.js";
import { sweepOutbox } from "./outbox-sweep.js";
import { createSchool, unique } from "../../tests/helpers/factories.js";
import { withOrg } from "../db/client.js";

const database = useTestDatabase();
let smtp: TestSmtp;
let mailer: Mailer;

beforeAll(async () => {
  smtp = await startSmtp();
  mailer = testMailer(database.db, { smtpUrl: smtp.url });
});
afterAll(async () => {
  await smtp.close();
});

const rowsTo = (emails: string[]) => database.db.select().from(outbox).where(inArray(outbox.to, emails));
const receivedBy = (email: string) => smtp.received.filter((m) => m.to.includes(email));

/** Two recipients, one Dutch and one English; returns their addresses and the jobs queued. */
async function notifyTwo(fail = false) {
  const emails = [`nl-${unique()}@example.nl`, `en-${unique()}@example.nl`];
  const jobs: QueuedJob[] = [];
  const recipients = [
    { email: emails[0]!, locale: "nl" as const },
    { email: emails[1]!, locale: "en" as const },
  ];
  const run = database.db.transaction(async (tx) => {
    await notify(tx, recordingQueue(jobs), testKind, recipients, (r, t) => ({
      subject: t("dev.outbox.title"),
      text: `${t("dev.outbox.to")} ${r.email}: https://samen.example/m/secret-${r.locale}`,
    }));
    if (fail) throw new Error("the change fails");
  });
  if (fail) await expect(run).rejects.toThrow("the change fails");
  else await run;
  return { emails, jobs };
}

describe("notify", () => {
  it("records one mail per recipient, in their language, and queues their delivery", async () => {
    const { emails, jobs } = await notifyTwo();
    const rows = await rowsTo(emails);
    expect(rows.map((r) => [r.to, r.subject, r.sentAt])).toEqual([
      [emails[0], "Uitgaande e-mail (ontwikkeling)", null],
      [emails[1], "Outgoing e-mail (development)", null],
    ]);
    expect(jobs).toEqual([{ name: "mail-delivery", data: { ids: rows.map((r) => r.id) } }]);
  });

  it("records nothing when the caller's transaction rolls back", async () => {
    const { emails } = await notifyTwo(true);
    expect(await rowsTo(emails)).toEqual([]);
  });

  it("delivers each mail once however often its job runs, and keeps no body after sending", async () => {
    const { emails, jobs } = await notifyTwo();
    const { ids } = jobs[0]!.data as { ids: string[] };
    await mailer.deliver(ids);
    await mailer.deliver(ids);
    expect(receivedBy(emails[0]!)).toHaveLength(1);
    expect(receivedBy(emails[0]!)[0]!.data).toContain("https://samen.example/m/secret-nl");
    expect(receivedBy(emails[1]!)[0]!.data).toContain("Subject: Outgoing e-mail (development)");
    const rows = await rowsTo(emails);
    expect(rows.map((r) => [r.text, r.attachments, r.sentAt instanceof Date])).toEqual([
      [null, null, true],
      [null, null, true],
    ]);
  });

  it("keeps a mail SMTP refused for the next attempt, which sends it once", async () => {
    const { emails, jobs } = await notifyTwo();
    const { ids } = jobs[0]!.data as { ids: string[] };
    smtp.refuse(true);
    await expect(mailer.deliver(ids)).rejects.toThrow();
    smtp.refuse(false);
    const [waiting] = await rowsTo([emails[0]!]);
    expect(waiting).toMatchObject({ sentAt: null, claimedUntil: null });
    expect(waiting?.text).toContain("secret-nl");
    await mailer.deliver(ids);
    expect(receivedBy(emails[0]!)).toHaveLength(1);
    expect(receivedBy(emails[1]!)).toHaveLength(1);
  });

  it("delivers a long list several at a time, each mail once, and lets every unsent one go when SMTP refuses", async () => {
    const emails = Array.from({ length: 60 }, () => `veel-${unique()}@example.nl`);
    const jobs: QueuedJob[] = [];
    const recipients = emails.map((email) => ({ email, locale: "nl" as const }));
    await database.db.transaction((tx) =>
      notify(tx, recordingQueue(jobs), testKind, recipients, () => ({ subject: "Nieuws", text: "Er is nieuws." })),
    );
    const { ids } = jobs[0]!.data as { ids: string[] };
    smtp.refuse(true);
    await expect(mailer.deliver(ids)).rejects.toThrow();
    smtp.refuse(false);
    const taken = (await rowsTo(emails)).filter((row) => row.claimedUntil !== null || row.sentAt !== null);
    expect(taken).toEqual([]);
    await mailer.deliver(ids);
    await mailer.deliver(ids);
    expect(emails.filter((email) => receivedBy(email).length !== 1)).toEqual([]);
  });

  it("sends nothing while another delivery holds the mail", async () => {
    const { emails, jobs } = await notifyTwo();
    const { ids } = jobs[0]!.data as { ids: string[] };
    await database.db
      .update(outbox)
      .set({ claimedUntil: sql`now() + interval '1 minute'` })
      .where(eq(outbox.id, ids[0]!));
    await expect(mailer.deliver(ids)).rejects.toThrow("is being delivered by another run");
    expect(receivedBy(emails[0]!)).toEqual([]);
  });
});

describe("the outbox sweep", () => {
  const age = (id: string, column: "created_at" | "sent_at", hours: number) =>
    database.db.execute(
      sql`update outbox set ${sql.identifier(column)} = now() - make_interval(hours => ${hours}) where id = ${id}`,
    );

  it("delivers mail left waiting, and removes sent mail after a day and unsendable mail after a week", async () => {
    const { emails, jobs } = await notifyTwo();
    const [waiting, old] = (jobs[0]!.data as { ids: string[] }).ids as [string, string];
    await age(waiting, "created_at", 1);
    await age(old, "created_at", 24 * 8);
    const sent = await notifyTwo();
    const [sentId] = (sent.jobs[0]!.data as { ids: string[] }).ids as [string];
    await mailer.deliver([sentId]);
    await age(sentId, "sent_at", 25);

    await sweepOutbox(database.db, mailer);
    expect(receivedBy(emails[0]!)).toHaveLength(1);
    expect(receivedBy(emails[1]!)).toEqual([]);
    expect((await rowsTo([...emails, sent.emails[0]!])).map((r) => r.to)).toEqual([emails[0]]);
  });

  it("without SMTP, removes every mail after a day (how long /dev/outbox shows it)", async () => {
    const quiet = testMailer(database.db);
    const { emails, jobs } = await notifyTwo();
    await age((jobs[0]!.data as { ids: string[] }).ids[0]!, "created_at", 25);
    await sweepOutbox(database.db, quiet);
    expect((await rowsTo(emails)).map((r) => r.to)).toEqual([emails[1]]);
  });
});

describe("the organisation's words", () => {
  it("writes a mail recorded for a daycare in a daycare's words, one for a school or the platform in a school's", async () => {
    const daycare = await createSchool(database.db, { type: "daycare" });
    const school = await createSchool(database.db);
    /** The roles as a mail recorded in this organisation's transaction names them, to an address without an account. */
    const rolesMailed = async (orgId: string | null) => {
      const email = `words-${unique()}@example.nl`;
      await withOrg(database.db, { orgId, userId: null }, (tx) =>
        notify(tx, recordingQueue([]), testKind, [{ email, locale: "nl" }], (_r, t) => ({
          subject: t("role.school_leader"),
          text: t("role.teacher"),
        })),
      );
      const [mail] = await rowsTo([email]);
      return `${mail!.subject}: ${mail!.text}`;
    };
    expect(await rolesMailed(daycare.orgId)).toBe("Leidinggevende: Pedagogisch medewerker");
    expect(await rolesMailed(school.orgId)).toBe("Schoolleider: Leraar");
    expect(await rolesMailed(null)).toBe("Schoolleider: Leraar");
  });
});
