import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { outbox } from "../db/schema/index.js";
import { useTestDatabase } from "../../tests/helpers/database.js";
import { recordingQueue, TEST_SECRET_KEY, testMailer, type QueuedJob } from "../../tests/helpers/app.js";
import { startSmtp, type TestSmtp } from "../../tests/helpers/smtp.js";
import { createUser, unique } from "../../tests/helpers/factories.js";
import { type Mailer } from "../mail/mailer.js";
import { notify } from "../mail/notify.js";
import { kindNamed, type NotificationKind } from "./kinds.js";
import { saveSettings, settingsOf, switchOff } from "./settings.js";
import { sendDigests } from "./digest.js";
import { readUnsubscribeToken, unsubscribeToken } from "./unsubscribe-token.js";

const database = useTestDatabase();
let smtp: TestSmtp;
let mailer: Mailer;
const links = { publicUrl: "https://samen.example", secretKey: TEST_SECRET_KEY };

beforeAll(async () => {
  smtp = await startSmtp();
  mailer = testMailer(database.db, { smtpUrl: smtp.url, links });
});
afterAll(async () => {
  await smtp.close();
});

// Real kinds, as the features declare them (registered by the tests' setup).
const booked = () => kindNamed("conversation.booked")!;
const changed = () => kindNamed("conversation.changed")!;
const receivedBy = (email: string) => smtp.received.filter((m) => m.to.includes(email));

/** Records one mail of this kind to the person and delivers what was queued; returns the queued ids. */
async function mailTo(person: { email: string }, kind: NotificationKind, subject = "Gesprek geboekt") {
  const jobs: QueuedJob[] = [];
  await database.db.transaction((tx) =>
    notify(tx, recordingQueue(jobs), kind, [{ email: person.email, locale: "nl" }], () => ({
      subject,
      text: `Beste ouder,\n\nUw gesprek over <Sam> & Noor staat vast: https://samen.example/c/1.`,
    })),
  );
  const ids = jobs.flatMap((job) => (job.data as { ids: string[] }).ids);
  await mailer.deliver(ids);
  return ids;
}

const heldFor = (userId: string) =>
  database.db.select().from(outbox).where(eq(outbox.userId, userId)).orderBy(outbox.createdAt, outbox.id);

describe("a kind's default", () => {
  it("is sent at once, with an unsubscribe link, the one-click headers and an escaped HTML version", async () => {
    const parent = await createUser(database.db);
    await mailTo(parent, booked());
    const [mail] = receivedBy(parent.email);
    expect(receivedBy(parent.email)).toHaveLength(1);
    const link = /https:\/\/samen\.example\/unsubscribe\/[A-Za-z0-9_.-]+/.exec(mail!.data)?.[0];
    expect(link).toBeDefined();
    // Long headers come folded over lines.
    expect(mail!.data.replace(/\r\n[ \t]+/g, " ")).toContain(`List-Unsubscribe: <${link}>`);
    expect(mail!.data).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(mail!.data).toContain("Content-Type: text/plain");
    expect(mail!.data).toContain("Content-Type: text/html");
    expect(mail!.data).toContain("over &lt;Sam&gt; &amp; Noor");
    expect(mail!.data).toContain('<a href="https://samen.example/c/1">https://samen.example/c/1</a>.');
    expect(mail!.data).toContain('<html lang="nl">');
    expect(mail!.data).toContain("Afmelden voor dit soort berichten");
  });
});

describe("a person's settings", () => {
  it("switched off: nothing is recorded or sent", async () => {
    const parent = await createUser(database.db);
    await saveSettings(database.db, parent.id, { digestHour: 17, delivery: { "conversation.booked": "off" } });
    await mailTo(parent, booked());
    expect(await heldFor(parent.id)).toEqual([]);
    expect(receivedBy(parent.email)).toEqual([]);
  });

  it("an urgent kind cannot be switched off: it comes at once and says why instead of offering to unsubscribe", async () => {
    const parent = await createUser(database.db);
    await saveSettings(database.db, parent.id, { digestHour: 17, delivery: { "conversation.changed": "off" } });
    expect((await settingsOf(database.db, parent.id)).delivery.get("conversation.changed")).toBe("now");
    expect(await switchOff(database.db, parent.id, "conversation.changed")).toEqual({ ok: false, reason: "urgent" });
    await mailTo(parent, changed(), "Gesprek verzet");
    const [mail] = receivedBy(parent.email);
    expect(mail!.data).toContain("Dit bericht krijgt u altijd");
    expect(mail!.data).toContain("https://samen.example/account/notifications");
    expect(mail!.data).not.toContain("List-Unsubscribe");
  });

  it("an urgent kind to an address without an account: says why, but names no settings page it cannot open", async () => {
    const visitor = { email: `gast-${unique()}@example.nl` };
    await mailTo(visitor, changed(), "Gesprek verzet");
    const [mail] = receivedBy(visitor.email);
    expect(mail!.data).toContain("Dit bericht krijgt u altijd");
    expect(mail!.data).not.toContain("/account/notifications");
    expect(mail!.data).not.toContain("List-Unsubscribe");
  });
});

describe("the daily digest", () => {
  // 07:30 and 09:30 in Amsterdam on a winter day.
  const before = new Date("2026-12-02T06:30:00Z");
  const after = new Date("2026-12-02T08:30:00Z");

  async function digestPerson(hour: number) {
    const parent = await createUser(database.db);
    await saveSettings(database.db, parent.id, { digestHour: hour, delivery: { "conversation.booked": "digest" } });
    return parent;
  }

  it("holds the mails until the person's hour, then sends them as one mail", async () => {
    const parent = await digestPerson(8);
    expect(await mailTo(parent, booked(), "Eerste gesprek")).toEqual([]);
    await mailTo(parent, booked(), "Tweede gesprek");
    await mailTo(parent, changed(), "Gesprek verzet");
    expect(receivedBy(parent.email).map((m) => /Subject: (.*)/.exec(m.data)?.[1])).toEqual(["Gesprek verzet"]);

    const jobs: QueuedJob[] = [];
    await sendDigests(database.db, recordingQueue(jobs), before);
    expect(jobs).toEqual([]);
    await sendDigests(database.db, recordingQueue(jobs), after);
    await mailer.deliver(jobs.flatMap((job) => (job.data as { ids: string[] }).ids));

    const mails = receivedBy(parent.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.data).toContain("Subject: Uw overzicht van 2 december 2026");
    expect(mails[1]!.data).toMatch(/1\. Eerste gesprek[\s\S]*2\. Tweede gesprek/);
    expect(mails[1]!.data).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const held = await heldFor(parent.id);
    expect(held.filter((m) => m.heldForDigest).every((m) => m.sentAt && m.text === null)).toBe(true);
  });

  it("lists the mails in the order they were recorded, also those recorded together", async () => {
    // A parent with children in several groups gets one mail per child from one notice.
    const people = await Promise.all([digestPerson(11), digestPerson(11), digestPerson(11)]);
    const subjects = Array.from({ length: 6 }, (_, i) => `Gesprek ${i + 1}`);
    const mails = subjects.flatMap((subject) => people.map(({ email }) => ({ email, locale: "nl" as const, subject })));
    await database.db.transaction((tx) =>
      notify(tx, recordingQueue([]), booked(), mails, ({ subject }) => ({ subject, text: subject })),
    );
    const jobs: QueuedJob[] = [];
    await sendDigests(database.db, recordingQueue(jobs), new Date("2026-12-02T10:00:00Z"));
    await mailer.deliver(jobs.flatMap((job) => (job.data as { ids: string[] }).ids));
    for (const person of people) {
      const [digest] = receivedBy(person.email);
      const listed = [...digest!.data.matchAll(/^\d+\. (Gesprek \d+)/gm)].map((m) => m[1]);
      expect(listed).toEqual(subjects);
    }
  });

  it("sends nothing twice when the job runs again or twice at once", async () => {
    const parent = await digestPerson(9);
    await mailTo(parent, booked());
    const jobs: QueuedJob[] = [];
    const queue = recordingQueue(jobs);
    const at = new Date("2026-12-02T09:05:00Z");
    await Promise.all([sendDigests(database.db, queue, at), sendDigests(database.db, queue, at)]);
    await sendDigests(database.db, queue, at);
    const ids = jobs.flatMap((job) => (job.data as { ids: string[] }).ids);
    await mailer.deliver(ids);
    await mailer.deliver(ids);
    expect(receivedBy(parent.email)).toHaveLength(1);
    const digests = await database.db
      .select()
      .from(outbox)
      .where(inArray(outbox.kind, ["digest"]));
    expect(digests.filter((d) => d.userId === parent.id)).toHaveLength(1);
  });

  it("takes people in batches without losing anyone", async () => {
    const people = await Promise.all([digestPerson(10), digestPerson(10), digestPerson(10)]);
    for (const person of people) await mailTo(person, booked());
    const jobs: QueuedJob[] = [];
    await sendDigests(database.db, recordingQueue(jobs), new Date("2026-12-02T10:00:00Z"), 1);
    await mailer.deliver(jobs.flatMap((job) => (job.data as { ids: string[] }).ids));
    for (const person of people) expect(receivedBy(person.email)).toHaveLength(1);
  });
});

describe("an unsubscribe token", () => {
  it("names one person and one kind, and any change to it makes it worthless", () => {
    const token = unsubscribeToken(TEST_SECRET_KEY, {
      userId: "7d3c7d5e-58b8-4d5c-9a31-1b1f0f6d2a10",
      kind: "event.reminder",
    });
    expect(readUnsubscribeToken(TEST_SECRET_KEY, token)).toEqual({
      userId: "7d3c7d5e-58b8-4d5c-9a31-1b1f0f6d2a10",
      kind: "event.reminder",
    });
    const [payload, mac] = token.split(".") as [string, string];
    const other = Buffer.from("0b7a1e4e-4b1a-4d8e-8f3c-2f0e5b9a7c11:event.reminder").toString("base64url");
    expect(readUnsubscribeToken(TEST_SECRET_KEY, `${other}.${mac}`)).toBeNull();
    expect(readUnsubscribeToken(TEST_SECRET_KEY, `${payload}.${mac.slice(1)}`)).toBeNull();
    expect(readUnsubscribeToken("another-secret-key-of-more-than-thirty-two", token)).toBeNull();
    expect(readUnsubscribeToken(TEST_SECRET_KEY, "nonsense")).toBeNull();
  });
});
