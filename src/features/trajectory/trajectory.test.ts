import { describe, expect, it } from "vitest";
import { orgRows } from "../../../tests/helpers/org-rows.js";
import { signIn, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { auditLog, trajectories, trajectorySkips } from "../../db/schema/index.js";
import { many } from "../measurements/domain/fixtures.js";
import { closedMeasurement } from "../measurements/testing-results.js";
import { createMeasurementAs, inDays, today } from "../measurements/testing.js";
import { formatDate } from "../../lib/time/format.js";
import { addMember, sessionsOf, startTrajectoryAs, trajectoriesOf } from "./testing/fixtures.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { expectPage } from "../../../tests/helpers/page.js";
import { createDaycare, expectChildcareWords } from "../../../tests/helpers/wording.js";

const ctx = useTestContext();

const auditOf = (orgId: string) => orgRows(ctx.database.db, auditLog, orgId);

/** Team answers with the capacity block: time 4, support 5, readiness 2 (five-point scale). */
const capacityAnswers = {
  "team.capacity.time.1": [4],
  "team.capacity.time.2": [4],
  "team.capacity.support.1": [5],
  "team.capacity.support.2": [5],
  "team.capacity.readiness.1": [2],
  "team.capacity.readiness.2": [2],
} as const;

describe("starting a trajectory", () => {
  it("shows the template's sessions in each reader's language until someone rewords one", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const parent = await signIn(ctx, school.parent.email);
    await startTrajectoryAs(leader);
    for (const reader of [leader, parent]) await reader.post("/language", { locale: "en", back: "/home" });
    const english = await expectPage(await leader.get("/trajectory"), [
      "Who do we want to be as a school?",
      "Partnership: how do you see the school?",
    ]);
    expect(english).not.toContain("Wie willen we zijn als school?");
    const forParents = await expectPage(await parent.get("/trajectory/for-parents"), [
      "Partnership: how do you see the school?",
    ]);
    expect(forParents).not.toContain("Partnerschap");

    // Saved as the form shows it (a day added): still the template's, so still Dutch for a Dutch reader.
    const [vision] = await sessionsOf(ctx, school.orgId, "school");
    const form = await expectPage(await leader.get(`/trajectory/sessions/${vision!.id}`), [
      'value="Who do we want to be as a school?"',
    ]);
    const goals = /<textarea[^>]*name="goals"[^>]*>([^<]*)</.exec(form)![1]!;
    const dated = { line: "school", topic: "Who do we want to be as a school?", goals, heldOn: inDays(20) };
    expect((await leader.post(`/trajectory/sessions/${vision!.id}`, dated)).status).toBe(303);
    await parent.post("/language", { locale: "nl", back: "/home" });
    const teacher = await signIn(ctx, school.teacher.email);
    await expectPage(await teacher.get("/trajectory"), ["Wie willen we zijn als school?"]);

    // Reworded: the leader's own text, the same in both languages.
    const reworded = { ...dated, topic: "Onze eigen visieavond" };
    expect((await leader.post(`/trajectory/sessions/${vision!.id}`, reworded)).status).toBe(303);
    for (const reader of [leader, teacher]) {
      const page = await expectPage(await reader.get("/trajectory"), ["Onze eigen visieavond"]);
      expect(page).not.toMatch(/Who do we want to be|Wie willen we zijn/);
    }
  });

  it("lets the school leader start one with the template's sessions, and refuses a second", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const empty = await (await leader.get("/trajectory")).text();
    expect(empty).toContain("Traject starten");
    await startTrajectoryAs(leader);
    const page = await (await leader.get("/trajectory")).text();
    expect(page).toContain("Het traject is gestart.");
    expect(page).toContain("<strong>Start en nulmeting</strong>");
    expect(page).toContain("Wie willen we zijn als school?");
    expect(page).toContain("Wat verwacht de ouder van de school?");
    expect(page).toContain("Samen school: het plan");
    expect((await sessionsOf(ctx, school.orgId)).map((s) => s.line)).toEqual([
      "school",
      "school",
      "school",
      "parents",
      "parents",
      "joint",
    ]);

    const again = await leader.post("/trajectory", {});
    expect(again.status).toBe(409);
    // The same form sent twice answers as the first did.
    const once = "A".repeat(43);
    const other = await createSchool(ctx.database.db);
    const otherLeader = await signIn(ctx, other.leader.email);
    expect((await otherLeader.post("/trajectory", {}, { once })).headers.get("location")).toBe("/trajectory");
    expect((await otherLeader.post("/trajectory", {}, { once })).headers.get("location")).toBe("/trajectory");
    expect(await trajectoriesOf(ctx, other.orgId)).toHaveLength(1);
    expect(await again.text()).toContain("Er loopt al een traject. Sluit dat eerst af.");
    expect(await trajectoriesOf(ctx, school.orgId)).toHaveLength(1);
  });

  it("keeps one active trajectory in the database too, however many have ended", async () => {
    const school = await createSchool(ctx.database.db);
    const insert = (endedAt: Date | null) =>
      withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
        tx.insert(trajectories).values({ orgId: school.orgId, endedAt }),
      );
    await insert(new Date("2025-01-01"));
    await insert(new Date("2025-06-01"));
    await insert(null);
    await expect(insert(null)).rejects.toThrow();
    expect(await trajectoriesOf(ctx, school.orgId)).toHaveLength(3);
  });

  it("lets the coordinator end it and start a new one, the old one kept as history", async () => {
    const school = await createSchool(ctx.database.db);
    const coordinator = await addMember(ctx, school.orgId, "coordinator", "Coördinator");
    const client = await signIn(ctx, coordinator.email);
    await startTrajectoryAs(client);
    const [first] = await trajectoriesOf(ctx, school.orgId);
    expect((await client.post(`/trajectory/${first!.id}/end`)).status).toBe(303);
    await startTrajectoryAs(client);
    const rows = await trajectoriesOf(ctx, school.orgId);
    expect(rows.map((r) => r.endedAt === null).sort()).toEqual([false, true]);
    expect(await (await client.get("/trajectory")).text()).not.toContain("Eerdere trajecten");
    const second = (await trajectoriesOf(ctx, school.orgId)).find((r) => r.endedAt === null);
    // Ending the first again (the button pressed twice) is done already and leaves the second running.
    expect((await client.post(`/trajectory/${first!.id}/end`)).status).toBe(303);
    expect((await trajectoriesOf(ctx, school.orgId)).find((r) => r.endedAt === null)?.id).toBe(second!.id);
    await client.post(`/trajectory/${second!.id}/end`);
    expect(await (await client.get("/trajectory")).text()).toContain("Eerdere trajecten");
  });

  it("takes only an advisor of the organisation", async () => {
    const school = await createSchool(ctx.database.db);
    const advisor = await addMember(ctx, school.orgId, "advisor", "Petra Adviseur");
    const leader = await signIn(ctx, school.leader.email);
    await expectRefused(await leader.post("/trajectory", { advisorId: school.teacher.id }), [
      "Kies een adviseur die aan uw organisatie is gekoppeld.",
    ]);
    const malformed = await leader.post("/trajectory", { advisorId: "niet-een-id" });
    expect(malformed.status).toBe(422);
    expect(await trajectoriesOf(ctx, school.orgId)).toHaveLength(0);
    await startTrajectoryAs(leader, { advisorId: advisor.id });
    expect(await (await leader.get("/trajectory")).text()).toContain("met adviseur Petra Adviseur");
  });
});

describe("who sees and edits the trajectory", () => {
  it("lets other staff follow it read-only, parents see their version, and no one else edits", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await startTrajectoryAs(leader);
    const teacher = await signIn(ctx, school.teacher.email);
    const read = await (await teacher.get("/trajectory")).text();
    expect(read).toContain("Wie willen we zijn als school?");
    expect(read).not.toContain("overslaan");
    expect(read).not.toContain("Meting koppelen");
    // The timeline links to the parents' version, which staff may look at (not sign up on).
    expect(read).toContain('href="/trajectory/for-parents"');
    const asParents = await teacher.get("/trajectory/for-parents");
    await expectPage(asParents, ["Wat verwacht de ouder van de school?"]);
    const [session] = await sessionsOf(ctx, school.orgId);
    expect((await teacher.post("/trajectory/skip", { step: "baseline", reason: "x" })).status).toBe(403);
    expect((await teacher.get(`/trajectory/sessions/${session!.id}`)).status).toBe(403);
    const [trajectory] = await trajectoriesOf(ctx, school.orgId);
    expect((await teacher.post(`/trajectory/${trajectory!.id}/end`)).status).toBe(403);

    const parent = await signIn(ctx, school.parent.email);
    expect((await parent.get("/trajectory")).status).toBe(403);
    const version = await (await parent.get("/trajectory/for-parents")).text();
    expect(version).toContain("Wat verwacht de ouder van de school?");
    expect(version).not.toContain("Wie willen we zijn als school?");

    const other = await createSchool(ctx.database.db);
    const stranger = await signIn(ctx, other.leader.email);
    expect((await stranger.get(`/trajectory/sessions/${session!.id}`)).status).toBe(404);
    expect(await (await stranger.get("/trajectory")).text()).not.toContain("Wie willen we zijn als school?");
    expect(await trajectoriesOf(ctx, school.orgId)).toMatchObject([{ endedAt: null }]);
  });
});

describe("the phase follows from what happened", () => {
  it("moves on when a closed nulmeting is linked, shown in place with the team's capacity for change", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await startTrajectoryAs(leader);
    const measurementId = await closedMeasurement(ctx.database.db, school.orgId, {
      title: "Nulmeting najaar",
      responses: many(6, "team", capacityAnswers),
    });
    const poll = await closedMeasurement(ctx.database.db, school.orgId, {
      title: "Peiling",
      kind: "poll",
      responses: [],
    });
    await expectRefused(await leader.post("/trajectory/measurements", { measurementId: poll }), [
      "Een korte peiling hoort niet bij een traject.",
    ]);
    expect((await leader.post("/trajectory/measurements", { measurementId: "" })).status).toBe(422);

    expect((await leader.post("/trajectory/measurements", { measurementId })).status).toBe(303);
    const page = await (await leader.get("/trajectory")).text();
    expect(page).toContain("<strong>Schoollijn en ouderlijn</strong>");
    expect(page).toContain(`<a href="/organisation/measurements/${measurementId}">Nulmeting najaar</a>`);
    expect(page).toContain("Gedaan op 15 maart 2026.");
    expect(page).toContain("De eindmeting moet uiterlijk 15 maart 2028 gesloten zijn.");
    expect(page).toMatch(/Tijd<\/th><td>4,0<\/td><td>100%<\/td>/);
    expect(page).toMatch(/Zin om te veranderen<\/th><td>2,0<\/td><td>0%<\/td>/);
    expect((await leader.post("/trajectory/measurements", { measurementId })).status).toBe(303);
    const other = await signIn(ctx, (await addMember(ctx, school.orgId, "coordinator")).email);
    const [first] = await trajectoriesOf(ctx, school.orgId);
    await other.post(`/trajectory/${first!.id}/end`);
    await startTrajectoryAs(other);
    const taken = await other.post("/trajectory/measurements", { measurementId });
    await expectConflict(taken, ["Deze meting hoort al bij een traject."]);
  });

  it("counts an eindmeting closed early as done on the day it was closed, without the deadline", async () => {
    const { leader } = await leaderSignedIn(ctx);
    await startTrajectoryAs(leader);
    const measurementId = await createMeasurementAs(leader, {
      title: "Eindmeting",
      kind: "final",
      closesOn: inDays(15),
    });
    expect((await leader.post(`/organisation/measurements/${measurementId}/close`)).status).toBe(303);
    expect((await leader.post("/trajectory/measurements", { measurementId })).status).toBe(303);
    const page = await (await leader.get("/trajectory")).text();
    const finalStep = page.match(/<h3>Eindmeting<\/h3>.*?<\/li>/)![0];
    const closedOn = formatDate("nl", today());
    expect(finalStep).toContain(`<p>Gedaan op ${closedOn}.</p>`);
    expect(finalStep).toContain(`Eindmeting</a> – gesloten op ${closedOn}`);
    expect(page).not.toContain(formatDate("nl", inDays(15)));
    expect(page).not.toContain("De eindmeting moet uiterlijk");
    const detail = await (await leader.get(`/organisation/measurements/${measurementId}`)).text();
    expect(detail).toContain(`${closedOn} tot en met ${closedOn}`);
  });

  it("shows no capacity figures from a team below the anonymity threshold", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await startTrajectoryAs(leader);
    const measurementId = await closedMeasurement(ctx.database.db, school.orgId, {
      responses: many(4, "team", capacityAnswers),
    });
    await leader.post("/trajectory/measurements", { measurementId });
    const page = await (await leader.get("/trajectory")).text();
    expect(page).toContain("Te weinig reacties van het team om dit te laten zien.");
    expect(page).not.toContain("Zin om te veranderen</th>");
  });
});

describe("skipping a step", () => {
  it("needs a reason, is audited, moves the phase on and can be taken back", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await startTrajectoryAs(leader);
    const form = await (await leader.get("/trajectory/skip?step=baseline")).text();
    expect(form).toContain("Nulmeting overslaan");
    await expectRefused(await leader.post("/trajectory/skip", { step: "baseline", reason: "  " }), [
      "Schrijf de reden op.",
    ]);
    expect((await leader.post("/trajectory/skip", { step: "nonsense", reason: "x" })).status).toBe(404);
    expect((await leader.get("/trajectory/skip?step=nonsense")).status).toBe(404);
    const skips = () =>
      withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) => tx.select().from(trajectorySkips));
    expect(await skips()).toEqual([]);

    const reason = "De nulmeting is vorig jaar op papier gedaan";
    expect((await leader.post("/trajectory/skip", { step: "baseline", reason })).status).toBe(303);
    const page = await (await leader.get("/trajectory")).text();
    expect(page).toContain(`Overgeslagen: ${reason}`);
    expect(page).toContain("<strong>Schoollijn en ouderlijn</strong>");
    expect((await leader.post("/trajectory/skip", { step: "baseline", reason })).status).toBe(303);
    const twice = await leader.post("/trajectory/skip", { step: "baseline", reason: "Een andere reden" });
    await expectConflict(twice, ["Deze stap is al overgeslagen."]);
    expect(await auditOf(school.orgId)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: "skip", entity: "trajectory", detail: `baseline: ${reason}` }),
      ]),
    );

    expect((await leader.post("/trajectory/unskip", { step: "baseline" })).status).toBe(303);
    expect(await (await leader.get("/trajectory")).text()).toContain("<strong>Start en nulmeting</strong>");
    expect(await skips()).toEqual([]);
    expect((await auditOf(school.orgId)).map((e) => e.action)).toContain("unskip");
  });

  it("refuses to skip a step that is done", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await startTrajectoryAs(leader);
    const measurementId = await closedMeasurement(ctx.database.db, school.orgId, { responses: [] });
    await leader.post("/trajectory/measurements", { measurementId });
    const refused = await leader.post("/trajectory/skip", { step: "baseline", reason: "toch" });
    await expectConflict(refused, ["Deze stap is al gedaan."]);
  });
});

describe("a trajectory's buttons pressed several times at once", () => {
  it("answer every press as the first and do each thing once", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await startTrajectoryAs(leader);
    const [trajectory] = await trajectoriesOf(ctx, school.orgId);
    const measurementId = await closedMeasurement(ctx.database.db, school.orgId, {
      title: "Nulmeting",
      responses: many(6, "team", capacityAnswers),
    });
    const pressed = async (path: string, form: Record<string, string> = {}) =>
      (await Promise.all(Array.from({ length: 5 }, () => leader.post(path, form)))).map((r) => r.status);
    const actions = async () => (await auditOf(school.orgId)).map((entry) => entry.action).sort();
    const before = await actions();

    expect(await pressed("/trajectory/skip", { step: "plan", reason: "Plan bestaat al" })).toEqual([
      303, 303, 303, 303, 303,
    ]);
    expect(await pressed("/trajectory/measurements", { measurementId })).toEqual([303, 303, 303, 303, 303]);
    expect(await pressed("/trajectory/unskip", { step: "plan" })).toEqual([303, 303, 303, 303, 303]);
    expect(await pressed(`/trajectory/${trajectory!.id}/end`)).toEqual([303, 303, 303, 303, 303]);

    expect(await actions()).toEqual([...before, "close", "link", "skip", "unskip"].sort());
  });
});

describe("in a daycare's words", () => {
  it("speaks of the setting, its team line and its manager to staff and parents, in Dutch and English", async () => {
    const daycare = await createDaycare(ctx.database.db);
    const pm = await signIn(ctx, daycare.teacher.email);
    const leader = await signIn(ctx, daycare.leader.email);
    const parent = await signIn(ctx, daycare.parent.email);
    await expectChildcareWords([
      {
        who: pm,
        path: "/trajectory",
        nl: ["De leidinggevende of de coördinator kan er een starten."],
        en: ["The manager or the coordinator can start one."],
      },
      {
        who: leader,
        path: "/trajectory",
        nl: ["via een teamlijn en een ouderlijn"],
        en: ["through a team line and a parent line"],
      },
      {
        who: parent,
        path: "/trajectory/for-parents",
        nl: ["De opvang is nu niet met een traject bezig."],
        en: ["The setting is not working on a trajectory right now."],
      },
    ]);
    await startTrajectoryAs(leader);
    const [evening] = await sessionsOf(ctx, daycare.orgId, "parents");
    const dated = { line: "parents", topic: evening!.topic, heldOn: inDays(30) };
    expect((await leader.post(`/trajectory/sessions/${evening!.id}`, dated)).status).toBe(303);
    await expectChildcareWords([
      {
        who: leader,
        path: "/trajectory",
        nl: [
          "Waar staat de opvang?",
          "Hier staat de opvang nu.",
          "Teamlijn: teambijeenkomsten",
          "Wie willen we zijn als opvang?",
          "Wat verwacht de ouder van de opvang?",
        ],
        en: ["Where does the setting stand?", "This is where the setting is now.", "Team line: team sessions"],
      },
      {
        who: leader,
        path: "/trajectory/skip?step=schoolLine",
        nl: ["als uw opvang daar een goede reden voor heeft"],
        en: ["when your setting has a good reason"],
      },
      {
        who: leader,
        path: "/trajectory/sessions/new",
        nl: [">Teamlijn: teambijeenkomsten<"],
        en: [">Team line: team sessions<"],
      },
      {
        who: leader,
        path: `/trajectory/sessions/${evening!.id}/event`,
        nl: ["op hun pagina &#39;Samen met de opvang&#39;"],
        en: ["on their page &#39;Together with the setting&#39;"],
      },
      {
        who: parent,
        path: "/trajectory/for-parents",
        nl: [">Samen met de opvang</a>", "De opvang werkt samen met ouders", "hoe kijkt u naar de opvang?"],
        en: [">Together with the setting</a>", "The setting works with parents"],
      },
    ]);
  });

  it("says why the setting still stands at the lines when a later step is settled", async () => {
    const daycare = await createDaycare(ctx.database.db);
    const leader = await signIn(ctx, daycare.leader.email);
    await startTrajectoryAs(leader);
    const [evening] = await sessionsOf(ctx, daycare.orgId, "parents");
    const dated = { line: "parents", topic: evening!.topic, heldOn: inDays(30) };
    expect((await leader.post(`/trajectory/sessions/${evening!.id}`, dated)).status).toBe(303);
    const before = await (await leader.get("/trajectory")).text();
    expect(before).not.toContain("Latere stappen zijn al gedaan");
    expect((await leader.post("/trajectory/skip", { step: "baseline", reason: "Op papier" })).status).toBe(303);
    expect((await leader.post("/trajectory/skip", { step: "plan", reason: "Al op papier" })).status).toBe(303);
    const date = (locale: "nl" | "en") => formatDate(locale, inDays(30));
    await expectChildcareWords([
      {
        who: leader,
        path: "/trajectory",
        nl: [
          "Latere stappen zijn al gedaan, maar de opvang staat hier nog.",
          "Er staat nog een bijeenkomst zonder datum gepland: geef die een datum, of sla hem over.",
          // Still ahead: it cannot be recorded as held before its day.
          `Er staat nog een ouderavond gepland op ${date("nl")}: registreer hem als gehouden zodra hij geweest is, of sla hem over.`,
          `href="/trajectory/sessions/${evening!.id}"`,
        ],
        en: [
          "Later steps are already done, but the setting still stands here.",
          "A session is still planned without a date: give it a date, or skip it.",
          `A parent evening is still planned on ${date("en")}: record it as held once it has taken place, or skip it.`,
        ],
      },
    ]);
    // Its day has passed and nobody recorded it: now it can be.
    const past = { ...dated, heldOn: inDays(-2) };
    expect((await leader.post(`/trajectory/sessions/${evening!.id}`, past)).status).toBe(303);
    const pastDate = (locale: "nl" | "en") => formatDate(locale, inDays(-2));
    await expectChildcareWords([
      {
        who: leader,
        path: "/trajectory",
        nl: [`Er stond nog een ouderavond gepland op ${pastDate("nl")}: registreer die als gehouden of overgeslagen.`],
        en: [`A parent evening was still planned on ${pastDate("en")}: record it as held or skipped.`],
      },
    ]);
  });
});
