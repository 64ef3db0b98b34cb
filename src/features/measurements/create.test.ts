import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { signIn, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { createSchool, withGroupNamed } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { groups, measurementAudiences, measurementInvitations, measurements, pupils } from "../../db/schema/index.js";
import { CLOSE_JOB, INVITE_JOB, REMIND_JOB } from "./service/job-names.js";
import { runInvitations } from "./service/open.js";
import { createMeasurementAs, depsOf, inDays, today } from "./testing.js";
import { expectPage } from "../../../tests/helpers/page.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { formatDate } from "../../lib/time/format.js";

const ctx = useTestContext();

const rowsOf = (orgId: string) =>
  withOrg(ctx.database.db, { orgId, userId: null }, async (tx) => ({
    measurements: await tx.select().from(measurements),
    audiences: await tx.select().from(measurementAudiences),
  }));

describe("creating a measurement", () => {
  it("names an audience of a group called by its number with the word group: Ouders van groep 7", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await withGroupNamed(ctx.database.db, school.groupA, "7", async () => {
      const id = await createMeasurementAs(leader, { parents: [school.groupA.id] });
      const page = await (await leader.get(`/organisation/measurements/${id}`)).text();
      expect(page).toContain("Ouders van groep 7");
      expect(page).not.toContain("Ouders van 7");
      await leader.post("/language", { locale: "en" });
      expect(await (await leader.get(`/organisation/measurements/${id}`)).text()).toContain("Parents of group 7");
    });
  });

  it("lets a school leader create one for the team, parents and pupils, and queues its jobs", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const form = await leader.get("/organisation/measurements/new");
    await expectPage(form, ["Wie vult de vragenlijst in?", school.groupA.name]);

    const parents = [school.groupA.id, school.groupB.id];
    const id = await createMeasurementAs(leader, { parents, pupils: [school.groupB.id] });
    const page = await (await leader.get(`/organisation/measurements/${id}`)).text();
    // It opens today: the invitations go out now, not "as soon as it opens".
    expect(page).toContain("De meting is gemaakt en staat open. De uitnodigingen worden nu verstuurd.");
    expect(page).not.toContain("zodra de meting open is");
    // Until the invitations exist there is no count of who has not responded: it would say 0.
    expect(page).toContain(
      "De uitnodigingen worden nog verstuurd. Daarna ziet u hier hoeveel mensen nog niet hebben gereageerd.",
    );
    expect(page).not.toContain("Nog niet gereageerd");
    expect(page).toContain("<h1>Nulmeting 2026</h1>");
    expect(page).toContain(`Ouders van ${school.groupA.name}`);
    expect(page).toContain(`Leerlingen van ${school.groupB.name}`);
    expect(page).toContain(
      '<tr class="total-row"><th scope="row">Ouders, alle groepen samen</th><td>Uitnodigingen worden verstuurd…</td><td>0</td>',
    );
    expect(page).toMatch(/http:\/\/localhost:3000\/m\/open\/[A-Za-z0-9_-]{43}/);

    const { measurements: created, audiences } = await rowsOf(school.orgId);
    expect(created).toMatchObject([{ id, status: "open", kind: "baseline", threshold: 5, instrumentVersion: 1 }]);
    expect(audiences.map((a) => a.respondentGroup).sort()).toEqual(["parents", "parents", "pupils", "team"]);
    expect(
      ctx.jobs.filter((j) => (j.data as { measurementId: string }).measurementId === id).map((j) => j.name),
    ).toEqual([INVITE_JOB, REMIND_JOB, CLOSE_JOB]);
    const list = await (await leader.get("/organisation/measurements")).text();
    expect(list).toContain("Nulmeting 2026");

    await runInvitations(depsOf(ctx), { orgId: school.orgId, measurementId: id });
    const invited = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(invited).toMatch(/Nog niet gereageerd: [1-9]\d*\./);
    expect(invited).not.toContain("De uitnodigingen worden nog verstuurd");
  });

  it("says the invitations go out at the opening for a measurement that opens later", async () => {
    const { leader } = await leaderSignedIn(ctx);
    await leader.post("/language", { locale: "en", back: "/" });
    const id = await createMeasurementAs(leader, { opensOn: inDays(3), closesOn: inDays(10) });
    const page = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(page).toContain("The measurement has been created. The invitations go out as soon as it opens.");
    expect(page).not.toContain("Not responded yet");
  });

  it("refuses bad input with messages and creates nothing", async () => {
    const school = await createSchool(ctx.database.db);
    const other = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const cases: [Record<string, string | string[]>, string][] = [
      [{ title: "", kind: "baseline", opensOn: today(), closesOn: inDays(7), team: "on" }, "Vul dit veld in."],
      [
        { title: "X", kind: "baseline", opensOn: inDays(7), closesOn: inDays(3), team: "on" },
        "De laatste dag moet op of na de eerste dag liggen.",
      ],
      [
        { title: "X", kind: "baseline", opensOn: inDays(-2), closesOn: inDays(3), team: "on" },
        "De eerste dag mag niet in het verleden liggen.",
      ],
      [{ title: "X", kind: "baseline", opensOn: today(), closesOn: inDays(200), team: "on" }, "hoogstens 92 dagen"],
      [
        { title: "X", kind: "baseline", opensOn: "31-02-2026", closesOn: inDays(3), team: "on" },
        "Vul een geldige datum in.",
      ],
      [{ title: "X", kind: "baseline", opensOn: today(), closesOn: inDays(3) }, "Kies wie de vragenlijst invult"],
      [
        { title: "X", kind: "baseline", opensOn: today(), closesOn: inDays(3), team: "on", threshold: "3" },
        "Vul een heel getal in van 5 tot en met 50.",
      ],
      [
        { title: "X", kind: "baseline", opensOn: today(), closesOn: inDays(3), parents: other.groupA.id },
        "Kies alleen groepen van dit schooljaar.",
      ],
      [{ title: "X", kind: "census", opensOn: today(), closesOn: inDays(3), team: "on" }, "Vul dit veld in."],
    ];
    for (const [form, message] of cases) {
      const response = await leader.post("/organisation/measurements", form);
      expect(response.status, message).toBe(422);
      const html = await response.text();
      expect(html).toContain(message);
      expect(html).toContain('class="error-summary"');
    }
    const { measurements: created, audiences } = await rowsOf(school.orgId);
    expect(created).toEqual([]);
    expect(audiences).toEqual([]);
  });

  it("refuses a poll to a group with nobody to ask yet, saying so in the user's language, and creates nothing", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const { empty, orphaned } = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => {
      const [empty, orphaned] = await tx
        .insert(groups)
        .values([
          { orgId: school.orgId, schoolYearId: school.year.id, name: "Groep Leeg" },
          { orgId: school.orgId, schoolYearId: school.year.id, name: "Groep Zonder Ouders" },
        ])
        .returning();
      // A pupil whose parents are not in the register yet: someone to ask as a pupil, no parent.
      await tx.insert(pupils).values({
        orgId: school.orgId,
        pupilNumber: `Z${Date.now()}`,
        firstName: "Zonder",
        surname: "Ouders",
        groupId: orphaned!.id,
        dateOfBirth: "2017-07-01",
      });
      return { empty: empty!, orphaned: orphaned! };
    });
    const poll = { title: "Peiling", kind: "poll", opensOn: today(), closesOn: inDays(7) };
    const noPupils = "Een gekozen groep heeft nog niemand om te vragen: er staan nog geen leerlingen in.";
    const noParents = "Een gekozen groep heeft nog niemand om te vragen: er staan nog geen ouders bij de leerlingen.";
    const cases: [Record<string, string | string[]>, string][] = [
      [{ parents: empty.id }, noPupils],
      [{ pupils: empty.id }, noPupils],
      [{ young: [school.groupA.id, empty.id] }, noPupils],
      [{ parents: [school.groupA.id, orphaned.id], pupils: orphaned.id }, noParents],
    ];
    for (const [audience, message] of cases)
      await expectRefused(await leader.post("/organisation/measurements", { ...poll, ...audience }), [message]);
    await leader.post("/language", { locale: "en", back: "/home" });
    await expectRefused(await leader.post("/organisation/measurements", { ...poll, pupils: empty.id }), [
      "A group you chose has nobody to ask yet: it has no pupils.",
    ]);
    expect(await rowsOf(school.orgId)).toEqual({ measurements: [], audiences: [] });
    // A group with pupils and their parents is asked as before.
    await createMeasurementAs(leader, { ...poll, team: "", parents: school.groupA.id, pupils: orphaned.id });
  });

  it("keeps a measurement that opens later closed to invitations until its first day", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader, { opensOn: inDays(3), closesOn: inDays(10) });
    const job = { orgId: school.orgId, measurementId: id };
    const deps = depsOf(ctx);
    expect(await runInvitations(deps, job)).toBe(0);
    const scope = { orgId: school.orgId, userId: null };
    const [before] = await withOrg(ctx.database.db, scope, (tx) =>
      tx.select().from(measurements).where(eq(measurements.id, id)),
    );
    expect(before?.status).toBe("scheduled");

    expect(await runInvitations(deps, job, new Date(Date.now() + 4 * 24 * 3600 * 1000))).toBe(2);
    const invitations = await withOrg(ctx.database.db, scope, (tx) => tx.select().from(measurementInvitations));
    expect(invitations).toHaveLength(2);
  });
});

describe("closing early", () => {
  it("asks first, says what it means, and closes on the confirmation only", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader);
    const detail = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(detail).toContain(`<a class="button" href="/organisation/measurements/${id}/close">Meting nu sluiten…</a>`);
    expect(detail).toContain('<h2 id="rates-title">Reacties tot nu toe</h2>');

    const question = await (await leader.get(`/organisation/measurements/${id}/close`)).text();
    expect(question).toContain("<h1>“Nulmeting 2026” nu sluiten?</h1>");
    expect(question).toContain("Sluiten kan niet ongedaan worden gemaakt.");
    expect((await rowsOf(school.orgId)).measurements).toMatchObject([{ status: "open" }]);

    const closed = await leader.post(`/organisation/measurements/${id}/close`);
    expect(closed.status).toBe(303);
    expect((await rowsOf(school.orgId)).measurements).toMatchObject([{ status: "closed" }]);
    const after = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(after).toContain('<h2 id="rates-title">Reacties</h2>');
    const again = await leader.get(`/organisation/measurements/${id}/close`);
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe(`/organisation/measurements/${id}`);
  });

  it("ends its period on the day it was closed, also for one that had not opened yet", async () => {
    const { leader } = await leaderSignedIn(ctx);
    const running = await createMeasurementAs(leader, { closesOn: inDays(14) });
    const later = await createMeasurementAs(leader, { opensOn: inDays(3), closesOn: inDays(10) });
    const closedToday = `${formatDate("nl", today())} tot en met ${formatDate("nl", today())}`;
    for (const id of [running, later]) {
      expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(303);
      const detail = await (await leader.get(`/organisation/measurements/${id}`)).text();
      expect(detail).toContain(closedToday);
    }
  });
});

describe("who may manage measurements", () => {
  it("shows a leader of another school nothing of this school's measurement, and lets them change nothing", async () => {
    const school = await createSchool(ctx.database.db);
    const id = await createMeasurementAs(await signIn(ctx, school.leader.email));
    const stranger = await signIn(ctx, (await createSchool(ctx.database.db)).leader.email);
    for (const path of [`/${id}`, `/${id}/results`]) {
      expect((await stranger.get(`/organisation/measurements${path}`)).status).toBe(404);
    }
    for (const path of [`/${id}/close`, `/${id}/simulate`]) {
      expect((await stranger.post(`/organisation/measurements${path}`)).status).toBe(404);
    }
    expect(await (await stranger.get("/organisation/measurements")).text()).not.toContain("Nulmeting 2026");
    const { measurements: rows } = await rowsOf(school.orgId);
    expect(rows).toMatchObject([{ status: "open" }]);
    expect(await (await stranger.get("/organisation/measurements/new")).text()).not.toContain(school.groupA.id);
  });

  it("refuses teachers and parents on every staff route", async () => {
    const school = await createSchool(ctx.database.db);
    const id = await createMeasurementAs(await signIn(ctx, school.leader.email));
    for (const email of [school.teacher.email, school.parent.email]) {
      const client = await signIn(ctx, email);
      for (const path of ["", "/new", `/${id}`, `/${id}/results`, `/${id}/close`]) {
        expect((await client.get(`/organisation/measurements${path}`)).status, `${email} ${path}`).toBe(403);
      }
      for (const path of ["", `/${id}/close`, `/${id}/simulate`]) {
        expect((await client.post(`/organisation/measurements${path}`, { title: "X" })).status).toBe(403);
      }
    }
    const { measurements: rows } = await rowsOf(school.orgId);
    expect(rows).toMatchObject([{ status: "open" }]);
  });
});
