/**
 * A create form sent twice (a double click, a resent post, five identical requests at once)
 * creates once and mails once; every answer redirects to what the first made (issue 10 §6).
 */
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { newToken } from "../../src/auth/tokens.js";
import { withOrg } from "../../src/db/client.js";
import {
  conversationRounds,
  discussionGroups,
  groups,
  guardians,
  locations,
  measurements,
  outbox,
  pupils,
  schoolYears,
  sparringMessages,
  sparringRequests,
  volunteerTasks,
} from "../../src/db/schema/index.js";
import { advisorOf } from "../../src/features/advice/testing/fixtures.js";
import { INVITE_JOB, type MeasurementJob } from "../../src/features/measurements/service/job-names.js";
import { runInvitations } from "../../src/features/measurements/service/open.js";
import { depsOf, inDays, today } from "../../src/features/measurements/testing.js";
import { signIn, useTestContext } from "../helpers/app.js";
import { expectAllRedirectTo, postAtOnce } from "../helpers/double-submit.js";
import { createSchool } from "../helpers/factories.js";
import type { School } from "../helpers/isolation.js";

const ctx = useTestContext();

const rowsIn = <T>(orgId: string, read: Parameters<typeof withOrg<T>>[2]) =>
  withOrg(ctx.database.db, { orgId, userId: null }, read);

const measurementFields = { title: "Nulmeting", kind: "baseline", opensOn: today(), closesOn: inDays(14), team: "on" };

const pupilFields = { firstName: "Saar", surnamePrefix: "", surname: "Dubbel", dateOfBirth: "2018-03-14" };

describe("a create form sent five times at once", () => {
  it("makes one measurement and mails the team once; all five answers lead to it", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const answers = await postAtOnce(leader, "/organisation/measurements", measurementFields);

    const made = await rowsIn(school.orgId, (tx) => tx.select().from(measurements));
    expect(made).toHaveLength(1);
    expectAllRedirectTo(answers, `/organisation/measurements/${made[0]!.id}`);
    const invitations = ctx.jobs.filter(
      (j) => j.name === INVITE_JOB && (j.data as MeasurementJob).orgId === school.orgId,
    );
    expect(invitations).toHaveLength(1);
    for (const job of invitations) await runInvitations(depsOf(ctx), job.data as MeasurementJob);
    const mails = await ctx.database.db.select().from(outbox).where(eq(outbox.to, school.leader.email));
    expect(mails.filter((m) => m.subject.startsWith("Vragenlijst over de samenwerking"))).toHaveLength(1);
  });

  it("makes one conversation round", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const answers = await postAtOnce(leader, "/conversations/rounds", {
      name: "Startgesprekken",
      kind: "three_way",
      mode: "first_come",
      groupIds: [school.groupA.id],
      slotMinutes: "15",
      breakEverySlots: "4",
      breakMinutes: "10",
      bufferMinutes: "5",
      toleranceMinutes: "15",
      opensAt: "2026-12-01T08:00",
      closesAt: "2026-12-08T20:00",
      changeDeadline: "2026-12-07T12:00",
    });

    const rounds = await rowsIn(school.orgId, (tx) => tx.select().from(conversationRounds));
    expect(rounds).toHaveLength(1);
    expectAllRedirectTo(answers, `/conversations/rounds/${rounds[0]!.id}`);
  });

  it("makes one pupil", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const answers = await postAtOnce(leader, "/organisation/pupils", pupilFields);

    const made = await rowsIn(school.orgId, (tx) => tx.select().from(pupils).where(eq(pupils.surname, "Dubbel")));
    expect(made).toHaveLength(1);
    expectAllRedirectTo(answers, `/organisation/pupils/${made[0]!.id}`);
  });
});

describe("the organisation's other create forms, sent twice", () => {
  const creates = [
    {
      path: "/organisation/groups",
      table: groups,
      form: (s: School) => ({ name: "Groep 9", schoolYearId: s.year.id }),
    },
    { path: "/organisation/guardians", table: guardians, form: () => ({ name: "Twee Keer", email: "", phone: "" }) },
    { path: "/organisation/locations", table: locations, form: () => ({ name: "Dependance", address: "" }) },
    {
      path: "/organisation/school-years",
      table: schoolYears,
      form: () => ({ name: "2027-2028", startsOn: "2027-08-23", endsOn: "2028-07-14" }),
    },
    {
      path: "/network/tasks",
      table: volunteerTasks,
      form: (s: School) => ({
        title: "Schoolplein opruimen",
        date: `10-02-${new Date().getFullYear() + 1}`,
        startsAt: "09:00",
        endsAt: "11:00",
        place: "Schoolplein",
        needed: "3",
        groupIds: s.groupA.id,
        expected: "",
      }),
    },
  ];
  it.each(creates)("$path makes one and answers the second as the first", async ({ path, table, form }) => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const before = await rowsIn(school.orgId, (tx) => tx.select().from(table));
    const answers = await postAtOnce(leader, path, form(school), 2);
    expect(answers[0]!.status).toBe(303);
    expectAllRedirectTo(answers, answers[0]!.headers.get("location")!);
    const after = await rowsIn(school.orgId, (tx) => tx.select().from(table));
    expect(after.length - before.length).toBe(1);
  });
});

describe("a discussion group, a sparring request and its reply, sent twice", () => {
  async function schoolWithAdvisor() {
    const school = await createSchool(ctx.database.db);
    const advisor = await advisorOf(ctx, school.orgId);
    return { school, advisor, leader: await signIn(ctx, school.leader.email) };
  }
  const sparring = { question: "Hoe bereiken we de vaders?", preferredTimes: "Dinsdag" };

  it("makes one discussion group, whether staff make it or a parent proposes it", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const parent = await signIn(ctx, school.parent.email);
    const made = await postAtOnce(leader, "/discussions/groups", { name: "Dubbel", description: "" }, 2);
    expect(made[0]!.status).toBe(303);
    expectAllRedirectTo(made, made[0]!.headers.get("location")!);
    const proposed = await postAtOnce(parent, "/discussions/groups", { name: "Voorstel", description: "" }, 2);
    expectAllRedirectTo(proposed, "/discussions#proposals");
    const rows = await rowsIn(school.orgId, (tx) => tx.select().from(discussionGroups));
    expect(rows.filter((g) => ["Dubbel", "Voorstel"].includes(g.name))).toHaveLength(2);
  });

  it("makes one sparring request and one reply", async () => {
    const { school, advisor, leader } = await schoolWithAdvisor();
    const asked = await postAtOnce(leader, "/advice/sparring", sparring, 2);
    expect(asked[0]!.status).toBe(303);
    expectAllRedirectTo(asked, asked[0]!.headers.get("location")!);
    expect(await rowsIn(school.orgId, (tx) => tx.select().from(sparringRequests))).toHaveLength(1);
    const thread = asked[0]!.headers.get("location")!;
    const replied = await postAtOnce(leader, thread, { body: "Nog een vraag." }, 2);
    expectAllRedirectTo(replied, thread);
    const advisorClient = await signIn(ctx, advisor.email);
    const inbox = thread.replace("/advice/sparring/", "/advice/inbox/");
    expectAllRedirectTo(await postAtOnce(advisorClient, inbox, { body: "Een antwoord." }, 2), inbox);
    const messages = await rowsIn(school.orgId, (tx) => tx.select().from(sparringMessages));
    expect(messages.map((m) => m.body).sort()).toEqual(["Een antwoord.", "Nog een vraag."]);
  });

  it("without the one-time token, refuses and makes nothing", async () => {
    const { school, leader } = await schoolWithAdvisor();
    const group = await leader.post("/discussions/groups", { name: "Zonder", description: "" }, { once: null });
    expect(group.status).toBe(400);
    expect(await group.text()).toContain("Formulier niet verwerkt");
    expect((await leader.post("/advice/sparring", sparring, { once: null })).status).toBe(400);
    expect(await rowsIn(school.orgId, (tx) => tx.select().from(discussionGroups))).toEqual([]);
    expect(await rowsIn(school.orgId, (tx) => tx.select().from(sparringRequests))).toEqual([]);
  });
});

describe("an invitation sent twice at once", () => {
  it("mails the sign-in link once, and both answers lead back to the staff list", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const email = `dubbel.${newToken().slice(0, 8).toLowerCase()}@example.nl`;
    const form = { name: "Juf Dubbel", email, roles: ["teacher"] };
    const answers = await postAtOnce(leader, "/organisation/staff/invite", form, 2);
    expectAllRedirectTo(answers, "/organisation/staff");
    expect(await ctx.database.db.select().from(outbox).where(eq(outbox.to, email))).toHaveLength(1);
  });
});

describe("the one-time form token", () => {
  it("sent again later answers as the first time; a new form creates again", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const once = newToken();
    const first = await leader.post("/organisation/pupils", pupilFields, { once });
    const again = await leader.post("/organisation/pupils", pupilFields, { once });
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    const page = await (await leader.get(again.headers.get("location")!)).text();
    expect(page).toContain("Saar Dubbel");
    expect((await leader.post("/organisation/pupils", pupilFields)).status).toBe(303);
    const made = await rowsIn(school.orgId, (tx) => tx.select().from(pupils).where(eq(pupils.surname, "Dubbel")));
    expect(made).toHaveLength(2);
  });

  it("is not spent by a form that was refused: the corrected form creates with the same token", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const once = newToken();
    const refused = await leader.post(
      "/organisation/pupils",
      { ...pupilFields, groupId: school.groupA.id + "0" },
      { once },
    );
    expect(refused.status).toBe(422);
    const corrected = await leader.post("/organisation/pupils", pupilFields, { once });
    expect(corrected.status).toBe(303);
    expect(corrected.headers.get("location")).toMatch(/^\/organisation\/pupils\/[0-9a-f-]{36}$/);
  });

  it("of another person, in another school, is a new form there, not a way to someone else's pupil", async () => {
    const school = await createSchool(ctx.database.db);
    const other = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const stranger = await signIn(ctx, other.leader.email);
    const once = newToken();
    const mine = await leader.post("/organisation/pupils", pupilFields, { once });
    const theirs = await stranger.post("/organisation/pupils", pupilFields, { once });
    expect(theirs.status).toBe(303);
    expect(theirs.headers.get("location")).not.toBe(mine.headers.get("location"));
    const made = await rowsIn(other.orgId, (tx) => tx.select().from(pupils).where(eq(pupils.surname, "Dubbel")));
    expect(theirs.headers.get("location")).toBe(`/organisation/pupils/${made[0]!.id}`);
  });

  it("of the same person in another session is a new form there too", async () => {
    const school = await createSchool(ctx.database.db);
    const desk = await signIn(ctx, school.leader.email);
    const laptop = await signIn(ctx, school.leader.email);
    const once = newToken();
    const first = await desk.post("/organisation/pupils", pupilFields, { once });
    const second = await laptop.post("/organisation/pupils", pupilFields, { once });
    expect(second.status).toBe(303);
    expect(second.headers.get("location")).not.toBe(first.headers.get("location"));
  });

  it("missing or garbled, refuses with a message that says to reload the form, and creates nothing", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    for (const once of [null, "", "kort", `${newToken()}x`, "<script>".padEnd(43, "a")]) {
      const answer = await leader.post("/organisation/pupils", pupilFields, { once });
      expect(answer.status).toBe(400);
      const html = await answer.text();
      expect(html).toContain("Formulier niet verwerkt");
      expect(html).toContain("Er is niets opgeslagen. Ga terug, laad de pagina opnieuw");
    }
    const made = await rowsIn(school.orgId, (tx) => tx.select().from(pupils).where(eq(pupils.surname, "Dubbel")));
    expect(made).toEqual([]);
  });

  it("is in every form a browser is shown, new each time it is shown", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const tokenOn = async (path: string) =>
      (await (await leader.get(path)).text()).match(/name="_once" value="([A-Za-z0-9_-]{43})"/)?.[1];
    const first = await tokenOn("/organisation/pupils/new");
    expect(first).toBeDefined();
    expect(await tokenOn("/organisation/pupils/new")).not.toBe(first);
    expect(await tokenOn("/organisation/measurements/new")).toBeDefined();
    expect(await tokenOn("/conversations/rounds/new")).toBeDefined();
  });
});
