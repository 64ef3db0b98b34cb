/**
 * Messages about a child over the real app and database: a parent writes about their own child
 * and every teacher of the child reads it (a teacher of another group and another parent do
 * not); a child that is not theirs is refused with nothing stored; a message written at 22:00
 * reaches both teachers at 07:30 the next morning, once, and one answers; overdue threads show up
 * for the coordinator; staff write to both households; a thread is closed and turned into a
 * conversation request; attachments only for the thread's people.
 */
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  lastMailTo,
  recordingQueue,
  signIn,
  type QueuedJob,
  type TestClient,
  useTestContext,
} from "../../../tests/helpers/app.js";
import { createSchool, withGroupNamed } from "../../../tests/helpers/factories.js";
import type { School } from "../../../tests/helpers/isolation.js";
import { withOrg } from "../../db/client.js";
import { memberships, messageSettings, outbox, pupils, users } from "../../db/schema/index.js";
import { localToUtc, utcToLocal } from "../../lib/time/zone.js";
import { photoWithGps } from "../../attachments/testing/files.js";
import { DELIVER_POST_JOB } from "./job-names.js";
import { deliverPost } from "./service/delivery.js";
import { reply, startThread } from "./service/posting.js";
import { inbox, overdueThreads, threadView } from "./service/reading.js";
import { storedMessages, withoutQuietHours, withPeople } from "./testing/fixtures.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { expectPage } from "../../../tests/helpers/page.js";
import { createDaycare, expectChildcareMail, expectChildcarePage } from "../../../tests/helpers/wording.js";

const ctx = useTestContext();
let school: School;
let people: Awaited<ReturnType<typeof withPeople>>;
let parent: TestClient;
let teacher: TestClient;
let colleague: TestClient;
let otherTeacher: TestClient;
let otherParent: TestClient;
let coordinator: TestClient;

beforeAll(async () => {
  school = await createSchool(ctx.database.db);
  people = await withPeople(ctx, school);
  await withoutQuietHours(ctx, school);
  parent = await signIn(ctx, school.parent.email);
  teacher = await signIn(ctx, school.teacher.email);
  colleague = await signIn(ctx, people.colleague.email);
  otherTeacher = await signIn(ctx, people.otherTeacher.email);
  otherParent = await signIn(ctx, people.otherParent.email);
  coordinator = await signIn(ctx, people.coordinator.email);
});

const text = (client: TestClient, path: string) => client.get(path).then((r) => r.text());
const threadIdOf = (response: Response) => response.headers.get("location")!.split("/").at(-1)!;
/** The messages' mails to an address (not its sign-in links). */
const mailsTo = async (email: string) =>
  (await ctx.database.db.select().from(outbox).where(eq(outbox.to, email))).filter((m) =>
    m.kind?.startsWith("messages."),
  );

describe("a parent writes about one of their children", () => {
  let threadId: string;

  it("reaches every teacher of the child, named in the thread and the mail, and no one else", async () => {
    const form = await text(parent, "/messages/new");
    expect(form).toContain("Kind Eigen");
    expect(form).not.toContain("Ander Kind");
    const written = await parent.post("/messages", {
      pupilId: school.child.id,
      subject: "Zwemles",
      body: "Sem mag **niet** zwemmen deze week.",
    });
    expect(written.status).toBe(303);
    threadId = threadIdOf(written);

    const own = await text(parent, `/messages/${threadId}`);
    expect(own).toContain("Over Kind Eigen (Groep A)");
    expect(own).toContain("De schoolleiding en de coördinator ouderbetrokkenheid lezen ook mee.");
    expect(own).toContain("<strong>niet</strong>");
    expect(own).toMatch(/U krijgt uiterlijk \w+ \d+ \w+ antwoord/);

    for (const [client, email] of [
      [teacher, school.teacher.email],
      [colleague, people.colleague.email],
    ] as const) {
      const list = await text(client, "/messages");
      expect(list).toContain("Zwemles");
      expect(list).toContain("Over Kind Eigen (Groep A)");
      expect(list).toContain("1 nieuw");
      const mail = await lastMailTo(ctx, email);
      expect(mail?.subject).toBe("Bericht over Kind Eigen (Groep A): Zwemles");
      expect(mail?.kind).toBe("messages.fromParent");
      expect(mail?.text).toContain(`/messages/${threadId}`);
      expect((await client.get(`/messages/${threadId}`)).status).toBe(200);
    }
    expect(await text(parent, `/messages/${threadId}`)).toContain("Gelezen door Leraar, Meester Twee");

    for (const stranger of [otherTeacher, otherParent]) {
      expect(await text(stranger, "/messages")).not.toContain("Zwemles");
      expect((await stranger.get(`/messages/${threadId}`)).status).toBe(404);
      expect((await stranger.post(`/messages/${threadId}/posts`, { body: "ik ook" })).status).toBe(404);
    }
    // The child's other household did not start it: a parent's thread is theirs and the school's.
    const elders = await signIn(ctx, people.secondHome.email);
    expect((await elders.get(`/messages/${threadId}`)).status).toBe(404);
    expect(await mailsTo(people.otherTeacher.email)).toEqual([]);
  });

  it("names a group called by its number group 7, on the page, the form and in the mail", async () => {
    await withGroupNamed(ctx.database.db, school.groupA, "7", async () => {
      expect(await text(parent, "/messages/new")).toContain("Kind Eigen (groep 7)");
      const written = await parent.post("/messages", {
        pupilId: school.child.id,
        subject: "Gym",
        body: "Gymschoenen kwijt.",
      });
      expect(written.status).toBe(303);
      expect(await text(parent, `/messages/${threadIdOf(written)}`)).toContain("Over Kind Eigen (groep 7)");
      expect(await text(teacher, "/messages")).toContain("Over Kind Eigen (groep 7)");
      expect((await lastMailTo(ctx, school.teacher.email))?.subject).toBe("Bericht over Kind Eigen (groep 7): Gym");
    });
  });

  it("lets one teacher answer: the parent gets an urgent mail naming the child, and sees it as new on the home page", async () => {
    const answered = await colleague.post(`/messages/${threadId}/posts`, { body: "Dank u, ik geef het door." });
    expect(answered.status).toBe(303);
    const mail = await lastMailTo(ctx, school.parent.email);
    expect(mail?.subject).toBe("Bericht van school over Kind: Zwemles");
    expect(mail?.kind).toBe("messages.fromSchool");
    const home = await text(parent, "/home");
    expect(home).toContain("Nieuw");
    expect(home).toContain("Antwoord over Kind Eigen: Zwemles");
    const thread = await text(parent, `/messages/${threadId}`);
    expect(thread).toContain("Dank u, ik geef het door.");
    expect(thread).not.toContain("U krijgt uiterlijk");
    expect(await text(parent, "/home")).not.toContain("Antwoord over Kind Eigen");
  });

  it("refuses a child that is not theirs with a clear message, and stores nothing", async () => {
    const before = await storedMessages(ctx, school);
    const refused = await parent.post("/messages", {
      pupilId: school.other.id,
      subject: "Hoi",
      body: "Over een ander kind",
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("U kunt alleen schrijven over uw eigen kinderen");
    const empty = await parent.post("/messages", { pupilId: school.child.id, subject: "", body: "> " });
    await expectRefused(empty, ["Geef het bericht een onderwerp."]);
    const after = await storedMessages(ctx, school);
    expect(after.threads.length).toBe(before.threads.length);
    expect(after.posts.length).toBe(before.posts.length);
  });

  it("closes a thread, which then takes no replies; staff turn another into a conversation request", async () => {
    expect((await parent.post(`/messages/${threadId}/close`)).status).toBe(303);
    const late = await teacher.post(`/messages/${threadId}/posts`, { body: "Nog één ding" });
    await expectConflict(late, ["Dit gesprek is gesloten"]);

    const second = threadIdOf(
      await parent.post("/messages", {
        pupilId: school.child.id,
        subject: "Ruzie op het plein",
        body: "Kunnen we praten?",
      }),
    );
    expect((await parent.post(`/messages/${second}/conversation`)).status).toBe(404);
    expect((await teacher.post(`/messages/${second}/conversation`)).status).toBe(303);
    const page = await text(teacher, `/messages/${second}`);
    const request = page.match(/href="\/conversations\/requests\/([0-9a-f-]{36})"/)?.[1];
    expect(request).toBeDefined();
    expect(await text(parent, `/conversations/requests/${request}`)).toContain("Ruzie op het plein");
  });

  it("keeps a photo to the thread's people, without its GPS position", async () => {
    const form = new FormData();
    form.set("pupilId", school.child.id);
    form.set("subject", "Foto van de knutsel");
    form.set("body", "Zie de foto.");
    form.set("files", new Blob([new Uint8Array(await photoWithGps())], { type: "image/jpeg" }), "IMG_0001.JPG");
    const written = await parent.postMultipart("/messages", form);
    expect(written.status).toBe(303);
    const page = await text(teacher, `/messages/${threadIdOf(written)}`);
    const path = page.match(/src="(\/attachments\/[0-9a-f-]{36})"/)?.[1];
    expect(path).toBeDefined();
    expect((await teacher.get(path!)).status).toBe(200);
    expect((await otherTeacher.get(path!)).status).toBe(404);
    expect((await otherParent.get(path!)).status).toBe(404);
  });
});

describe("staff write to a child's guardians", () => {
  it("reach both households with an urgent mail naming the child; a teacher of another group cannot", async () => {
    const written = await teacher.post("/messages", {
      pupilId: school.child.id,
      subject: "Luizen",
      body: "Wilt u kammen?",
    });
    expect(written.status).toBe(303);
    for (const email of [school.parent.email, people.secondHome.email]) {
      const mail = await lastMailTo(ctx, email);
      expect(mail?.subject).toBe("Bericht van school over Kind: Luizen");
    }
    const elders = await signIn(ctx, people.secondHome.email);
    const home = await text(elders, "/home");
    expect(home).toContain("Wacht op u");
    expect(home).toContain("Bericht van school over Kind Eigen: Luizen");
    const refused = await otherTeacher.post("/messages", { pupilId: school.child.id, subject: "Hoi", body: "Hallo" });
    expect(refused.status).toBe(403);
  });

  it("names a child without a group by name alone in the mail and on the home page, not 'Kind Eigen ()'", async () => {
    const setGroup = (groupId: string | null) =>
      withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
        tx.update(pupils).set({ groupId }).where(eq(pupils.id, school.child.id)),
      );
    // The teacher writes while the child is in their group; the child then leaves it (a new school year).
    const written = await teacher.post("/messages", {
      pupilId: school.child.id,
      subject: "Nieuwe groep",
      body: "In welke groep komt Kind volgend jaar?",
    });
    expect(written.status).toBe(303);
    await setGroup(null);
    try {
      const answered = await parent.post(`/messages/${threadIdOf(written)}/posts`, { body: "Graag groep 5." });
      expect(answered.status).toBe(303);
      const mail = await lastMailTo(ctx, school.teacher.email);
      expect(mail?.subject).toBe("Bericht over Kind Eigen: Nieuwe groep");
      expect(mail?.text).toContain('een bericht gestuurd over Kind Eigen: "Nieuwe groep"');
      expect(mail?.text).not.toContain("()");
      expect(await text(teacher, "/home")).toContain("Bericht over Kind Eigen wacht op antwoord: Nieuwe groep");
    } finally {
      await setGroup(school.groupA.id);
    }
  });
});

describe("quiet hours, the reply time and overdue threads (fixed times)", () => {
  // Tuesday 1 December 2026, 22:00 school time; quiet 18:00–07:30 and weekends, two working days.
  const at = (date: string, time: string) => localToUtc(date, time);
  let quietSchool: School;
  let quietPeople: Awaited<ReturnType<typeof withPeople>>;
  const jobs: QueuedJob[] = [];
  const messenger = { jobs: recordingQueue(jobs), publicUrl: "http://localhost:3000" };
  const scopeOf = (userId: string, now: Date, manager = false) => ({
    db: ctx.database.db,
    orgId: quietSchool.orgId,
    userId,
    manager,
    now,
    messenger,
  });

  beforeAll(async () => {
    quietSchool = await createSchool(ctx.database.db);
    quietPeople = await withPeople(ctx, quietSchool);
  });

  it("stores a message written at 22:00 at once, and delivers it to both teachers at 07:30, once; one answers", async () => {
    const written = await startThread({
      ...scopeOf(quietSchool.parent.id, at("2026-12-01", "22:00")),
      pupilId: quietSchool.child.id,
      subject: "Ziek",
      body: "Morgen is zij ziek.",
      files: [],
    });
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(written.deliverAt).toEqual(at("2026-12-02", "07:30"));
    expect(written.answerBy).toBe("2026-12-04");
    const queued = jobs.find((job) => job.name === DELIVER_POST_JOB);
    expect(queued?.startAfter).toEqual(at("2026-12-02", "07:30"));

    const night = await inbox(scopeOf(quietSchool.teacher.id, at("2026-12-01", "23:00")));
    expect(night).toEqual([]);
    expect(await mailsTo(quietSchool.teacher.email)).toEqual([]);
    const parentSees = await threadView({
      ...scopeOf(quietSchool.parent.id, at("2026-12-01", "22:01")),
      threadId: written.threadId,
    });
    expect(parentSees?.posts[0]?.waiting).toBe(true);

    const deps = { db: ctx.database.db, messenger };
    expect(await deliverPost(deps, queued!.data as { orgId: string; postId: string }, at("2026-12-02", "07:00"))).toBe(
      "later",
    );
    expect(await deliverPost(deps, queued!.data as { orgId: string; postId: string }, at("2026-12-02", "07:31"))).toBe(
      "delivered",
    );
    expect(await deliverPost(deps, queued!.data as { orgId: string; postId: string }, at("2026-12-02", "07:32"))).toBe(
      "done",
    );
    for (const email of [quietSchool.teacher.email, quietPeople.colleague.email]) {
      const mails = await mailsTo(email);
      expect(mails.map((m) => m.subject)).toEqual(["Bericht over Kind Eigen (Groep A): Ziek"]);
    }
    expect(await mailsTo(quietPeople.otherTeacher.email)).toEqual([]);
    const morning = await inbox(scopeOf(quietPeople.colleague.id, at("2026-12-02", "07:45")));
    expect(morning.map((t) => [t.subject, t.unread])).toEqual([["Ziek", 1]]);

    // Not answered by Friday: overdue for the coordinator from Saturday on, not before.
    const coordinator = scopeOf(quietPeople.coordinator.id, at("2026-12-04", "16:00"), true);
    expect(await overdueThreads(coordinator)).toEqual([]);
    const saturday = await overdueThreads({ ...coordinator, now: at("2026-12-05", "09:00") });
    expect(saturday.map((t) => [t.subject, t.childName, t.answerBy])).toEqual([["Ziek", "Kind Eigen", "2026-12-04"]]);

    const answered = await reply({
      ...scopeOf(quietPeople.colleague.id, at("2026-12-07", "08:15")),
      threadId: written.threadId,
      body: "Beterschap!",
      files: [],
    });
    expect(answered.ok).toBe(true);
    expect(await overdueThreads({ ...coordinator, now: at("2026-12-07", "09:00") })).toEqual([]);
    const toParent = await mailsTo(quietSchool.parent.email);
    expect(toParent.map((m) => m.subject)).toContain("Bericht van school over Kind: Ziek");
  });

  it("shows the coordinator the overdue threads on a page and on their home", async () => {
    await startThread({
      ...scopeOf(quietSchool.parent.id, at("2026-11-02", "10:00")),
      pupilId: quietSchool.child.id,
      subject: "Oud bericht",
      body: "Nog geen antwoord.",
      files: [],
    });
    const client = await signIn(ctx, quietPeople.coordinator.email);
    const page = await text(client, "/messages/overdue");
    expect(page).toContain("Oud bericht");
    expect(page).toContain("Kind Eigen");
    expect(await text(client, "/home")).toContain("1 bericht van een ouder wacht langer dan 2 werkdagen op antwoord");
    await ctx.database.db.update(users).set({ locale: "en" }).where(eq(users.id, quietPeople.coordinator.id));
    expect(await text(client, "/home")).toContain(
      "1 message from a parent has waited longer than 2 working days for an answer",
    );
    const stored = await storedMessages(ctx, quietSchool);
    expect(stored.threads.filter((t) => t.subject === "Oud bericht" && t.awaitingSince !== null)).toHaveLength(1);
    const teacherClient = await signIn(ctx, quietSchool.teacher.email);
    expect((await teacherClient.get("/messages/overdue")).status).toBe(403);
  });

  it("tells the parent an answer is late once the promised day has passed, not that it is coming", async () => {
    const client = await signIn(ctx, quietSchool.parent.email);
    const [late] = (await storedMessages(ctx, quietSchool)).threads.filter((t) => t.subject === "Oud bericht");
    const home = await text(client, "/home");
    expect(home).not.toContain("U krijgt uiterlijk woensdag 4 november");
    expect(home).toContain("Nog geen antwoord over Kind Eigen: Oud bericht; dat had er uiterlijk woensdag 4 november");
    // Under a heading of its own: a late answer is not news.
    expect(home).toMatch(
      new RegExp(
        `<h4 id="home-late-[^"]+">Later dan beloofd</h4><ul><li><a href="/messages/${late!.id}">Nog geen antwoord`,
      ),
    );
    const page = await text(client, `/messages/${late!.id}`);
    expect(page).not.toContain("U krijgt uiterlijk");
    expect(page).toContain("U had uiterlijk woensdag 4 november antwoord moeten krijgen.");

    await ctx.database.db.update(users).set({ locale: "en" }).where(eq(users.id, quietSchool.parent.id));
    expect(await text(client, "/home")).toContain(
      "No answer yet about Kind Eigen: Oud bericht; it should have come by Wednesday 4 November",
    );
    expect(await text(client, "/home")).toContain(">Later than promised</h4>");
    expect(await text(client, `/messages/${late!.id}`)).toContain(
      "You should have had an answer by Wednesday 4 November.",
    );
  });
});

describe("a parent's message held for quiet hours", () => {
  let heldSchool: School;
  let heldPeople: Awaited<ReturnType<typeof withPeople>>;
  let heldParent: TestClient;
  let heldTeacher: TestClient;
  let heldCoordinator: TestClient;

  /** Quiet from an hour ago until two hours from now, whatever the hour the tests run. */
  const quietNow = () => {
    const hhmm = (minutes: number) => utcToLocal(new Date(Date.now() + minutes * 60_000)).time;
    const quiet = { quietFrom: hhmm(-60), quietUntil: hhmm(120), quietWeekends: false };
    return withOrg(ctx.database.db, { orgId: heldSchool.orgId, userId: null }, (tx) =>
      tx
        .insert(messageSettings)
        .values({ orgId: heldSchool.orgId, ...quiet })
        .onConflictDoUpdate({ target: messageSettings.orgId, set: quiet }),
    );
  };

  beforeAll(async () => {
    heldSchool = await createSchool(ctx.database.db);
    heldPeople = await withPeople(ctx, heldSchool);
    heldParent = await signIn(ctx, heldSchool.parent.email);
    heldTeacher = await signIn(ctx, heldSchool.teacher.email);
    heldCoordinator = await signIn(ctx, heldPeople.coordinator.email);
  });

  it("does not exist for the school until it is delivered: no page, no reply, no closing", async () => {
    await quietNow();
    const threadId = threadIdOf(
      await heldParent.post("/messages", {
        pupilId: heldSchool.child.id,
        subject: "Weekendvraag",
        body: "Mag Sem later?",
      }),
    );
    expect(await text(heldParent, `/messages/${threadId}`)).toContain("Komt bij de leraren aan op");

    for (const school of [heldTeacher, heldCoordinator]) {
      expect(await text(school, "/messages")).not.toContain("Weekendvraag");
      const page = await school.get(`/messages/${threadId}`);
      expect(page.status).toBe(404);
      expect(await page.text()).not.toContain("Weekendvraag");
      expect((await school.post(`/messages/${threadId}/posts`, { body: "Ja hoor" })).status).toBe(404);
      expect((await school.post(`/messages/${threadId}/close`)).status).toBe(404);
      expect((await school.post(`/messages/${threadId}/conversation`)).status).toBe(404);
    }
    expect(await mailsTo(heldSchool.parent.email)).toEqual([]);
    const stored = await storedMessages(ctx, heldSchool);
    const thread = stored.threads.find((t) => t.id === threadId)!;
    expect(thread.closedAt).toBeNull();
    expect(stored.posts.filter((p) => p.threadId === threadId).map((p) => p.side)).toEqual(["parent"]);
  });

  it("keeps a later held message of a delivered thread from the teacher, who still owes it an answer", async () => {
    await withoutQuietHours(ctx, heldSchool);
    const threadId = threadIdOf(
      await heldParent.post("/messages", { pupilId: heldSchool.child.id, subject: "Gymschoenen", body: "Zijn ze er?" }),
    );
    expect((await heldTeacher.post(`/messages/${threadId}/posts`, { body: "Ja, in de gang." })).status).toBe(303);
    await quietNow();
    expect((await heldParent.post(`/messages/${threadId}/posts`, { body: "Nog één vraag: de sokken?" })).status).toBe(
      303,
    );

    const page = await text(heldTeacher, `/messages/${threadId}`);
    expect(page).toContain("Ja, in de gang.");
    expect(page).not.toContain("de sokken");
    expect(page).not.toContain("De ouder verwacht uiterlijk");
    expect(await text(heldTeacher, "/messages")).not.toContain("Wacht op antwoord");

    // The teacher writes again before the held message arrives: that does not answer it.
    expect((await heldTeacher.post(`/messages/${threadId}/posts`, { body: "Fijne avond!" })).status).toBe(303);
    const { threads, posts } = await storedMessages(ctx, heldSchool);
    const held = posts.find((p) => p.body.includes("de sokken"))!;
    expect(threads.find((t) => t.id === threadId)?.awaitingSince).toEqual(held.deliverAt);
  });
});

describe("the school's quiet hours and reply time", () => {
  it("are set by the leader or coordinator, checked, and told to parents", async () => {
    expect((await teacher.get("/messages/settings")).status).toBe(403);
    const bad = await coordinator.post("/messages/settings", {
      quietFrom: "25:00",
      quietUntil: "07:30",
      replyDays: "0",
    });
    await expectRefused(bad, ["Vul een tijd in als uu:mm", "Vul een aantal werkdagen in van 1 tot en met 10."]);
    const saved = await coordinator.post("/messages/settings", {
      quietFrom: "19:00",
      quietUntil: "07:00",
      quietWeekends: "on",
      replyDays: "3",
    });
    expect(saved.status).toBe(303);
    const note = await text(parent, "/messages/new");
    expect(note).toContain("tussen 19:00 en 07:00 en in het weekend");
    expect(note).toContain("binnen 3 werkdagen");
    await withoutQuietHours(ctx, school);
  });
});

describe("not another school's", () => {
  it("answers 404 for a thread of another school", async () => {
    const other = await createSchool(ctx.database.db);
    await withoutQuietHours(ctx, other);
    const stranger = await signIn(ctx, other.parent.email);
    const written = await stranger.post("/messages", { pupilId: other.child.id, subject: "Elders", body: "Hallo" });
    const id = threadIdOf(written);
    expect((await parent.get(`/messages/${id}`)).status).toBe(404);
    expect((await teacher.post(`/messages/${id}/posts`, { body: "x" })).status).toBe(404);
    const rows = await ctx.database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.to, school.teacher.email)));
    expect(rows.every((r) => !r.subject.includes("Elders"))).toBe(true);
  });
});

describe("staff who left", () => {
  it("get no more mail of the threads they started or the groups they taught", async () => {
    const leftSchool = await createSchool(ctx.database.db);
    const leftPeople = await withPeople(ctx, leftSchool);
    await withoutQuietHours(ctx, leftSchool);
    const coordinatorClient = await signIn(ctx, leftPeople.coordinator.email);
    const parentClient = await signIn(ctx, leftSchool.parent.email);
    const written = await coordinatorClient.post("/messages", {
      pupilId: leftSchool.child.id,
      subject: "Schoolreis",
      body: "Gaat Sem mee?",
    });
    expect(written.status).toBe(303);
    const threadId = threadIdOf(written);
    const replyCount = async (email: string) =>
      (await mailsTo(email)).filter((m) => m.subject?.includes("Schoolreis")).length;
    expect((await parentClient.post(`/messages/${threadId}/posts`, { body: "Ja" })).status).toBe(303);
    expect(await replyCount(leftPeople.coordinator.email)).toBe(1);
    expect(await replyCount(leftPeople.colleague.email)).toBe(1);

    // The coordinator leaves; the colleague's role ends but their group link was left behind.
    await withOrg(ctx.database.db, { orgId: leftSchool.orgId, userId: null }, (tx) =>
      tx
        .delete(memberships)
        .where(
          and(
            eq(memberships.orgId, leftSchool.orgId),
            inArray(memberships.userId, [leftPeople.coordinator.id, leftPeople.colleague.id]),
          ),
        ),
    );
    expect((await parentClient.post(`/messages/${threadId}/posts`, { body: "Met lunchpakket" })).status).toBe(303);
    expect(await replyCount(leftPeople.coordinator.email)).toBe(1);
    expect(await replyCount(leftPeople.colleague.email)).toBe(1);
    expect(await replyCount(leftSchool.teacher.email)).toBe(2);
  });
});

describe("in a daycare's words", () => {
  it("mails parents a message 'van de opvang' and the pm'ers of the child as pm'ers, in Dutch and English", async () => {
    const daycare = await createDaycare(ctx.database.db);
    const crew = await withPeople(ctx, daycare);
    await withoutQuietHours(ctx, daycare);
    const inEnglish = [crew.secondHome.id, daycare.teacher.id];
    await ctx.database.db.update(users).set({ locale: "en" }).where(inArray(users.id, inEnglish));
    const pm = await signIn(ctx, daycare.teacher.email);
    const written = await pm.post("/messages", { pupilId: daycare.child.id, subject: "Slaapje", body: "Sliep goed." });
    expect(written.status).toBe(303);
    expectChildcareMail(await lastMailTo(ctx, daycare.parent.email), ["Bericht van de opvang over Kind: Slaapje"]);
    expectChildcareMail(await lastMailTo(ctx, crew.secondHome.email), ["Message from the setting about Kind: Slaapje"]);
    const mother = await signIn(ctx, daycare.parent.email);
    await expectChildcarePage(await mother.get("/home"), ["Bericht van de opvang over Kind Eigen: Slaapje"]);
    // The kinds of mail on the settings page are named as the mails speak.
    await expectPage(await mother.get("/account/notifications"), [
      "Een bericht van de opvang over uw kind",
      "Nieuws van de opvang",
      "Een hulpvraag van de opvang",
    ]);

    const asked = await mother.post("/messages", {
      pupilId: daycare.child.id,
      subject: "Fruit",
      body: "Mag ze appel?",
    });
    expect(asked.status).toBe(303);
    expectChildcareMail(await lastMailTo(ctx, crew.colleague.email), [
      "U en de andere pedagogisch medewerkers van Kind Eigen lezen en antwoorden hier",
    ]);
    expectChildcareMail(await lastMailTo(ctx, daycare.teacher.email), [
      "You and Kind Eigen's other early years practitioners read and reply here",
    ]);
  });
});

describe("messages delivered together after quiet hours", () => {
  it("stand in the teacher's inbox newest written first, and the longest waiting first among the overdue", async () => {
    const held = await createSchool(ctx.database.db);
    const heldPeople = await withPeople(ctx, held);
    const messenger = { jobs: recordingQueue([]), publicUrl: "http://localhost:3000" };
    const as = (userId: string, now: Date, manager = false) => ({
      db: ctx.database.db,
      orgId: held.orgId,
      userId,
      manager,
      now,
      messenger,
    });
    // Written from 22:00 on, one a minute; all delivered at 07:30, so all waiting since then.
    const subjects = ["Eerste", "Tweede", "Derde", "Vierde", "Vijfde", "Zesde", "Zevende", "Achtste"];
    for (const [minute, subject] of subjects.entries()) {
      const written = await startThread({
        ...as(held.parent.id, localToUtc("2026-12-01", `22:0${minute}`)),
        pupilId: held.child.id,
        subject,
        body: "Graag even bellen.",
        files: [],
      });
      expect(written.ok).toBe(true);
    }
    const morning = await inbox(as(held.teacher.id, localToUtc("2026-12-02", "07:45")));
    expect(morning.map((t) => t.subject)).toEqual([...subjects].reverse());
    const overdue = await overdueThreads(as(heldPeople.coordinator.id, localToUtc("2026-12-07", "09:00"), true));
    expect(overdue.map((t) => t.subject)).toEqual(subjects);
  });
});
