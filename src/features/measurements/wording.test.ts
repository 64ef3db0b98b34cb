/**
 * A daycare measures in its own words: "kinderen" and "pedagogisch medewerkers", a comparison with
 * other settings, and the questionnaire's link in the daycare's words whoever opens it, its items
 * included (instrument v1 in childcare words, instrument/v1/childcare.ts).
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { lastMailTo, signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { expectPage } from "../../../tests/helpers/page.js";
import {
  createDaycare,
  expectChildcareMail,
  expectChildcarePage,
  expectNoSchoolWords,
} from "../../../tests/helpers/wording.js";
import { users } from "../../db/schema/index.js";
import { runReminders } from "./service/reminders.js";
import {
  createMeasurementAs,
  depsOf,
  inDays,
  openLinkOf,
  questionnaireLink,
  runQueuedInvitations,
  today,
} from "./testing.js";
import { pdfTexts } from "../../lib/pdf/testing.js";
import { enlargeSchool } from "./testing/larger-school.js";

const ctx = useTestContext();

describe("a daycare's measurements", () => {
  it("ask 'kinderen' with the 'pedagogisch medewerker', also on the link opened without an account", async () => {
    const daycare = await createDaycare(ctx.database.db);
    await enlargeSchool(ctx.database.db, daycare);
    const leader = await signIn(ctx, daycare.leader.email);
    // Only the team and parents answer at a daycare: no page says children do.
    await expectChildcarePage(await leader.get("/organisation/measurements"), [
      "hoe het team en ouders de samenwerking nu ervaren",
    ]);
    const form = await expectChildcarePage(await leader.get("/organisation/measurements/new"), [
      "Ouders zonder e-mailadres gebruiken de link van hun groep.",
      "Ouders van deze groepen",
    ]);
    // Children of 0 to 4 fill in no questionnaire: neither on their own nor with the faces.
    expect(form).not.toContain('name="pupils"');
    expect(form).not.toContain('name="young"');
    const { groupA, groupB } = daycare;
    const id = await createMeasurementAs(leader, { parents: [groupA.id, groupB.id] });
    await expectChildcarePage(await leader.get(`/organisation/measurements/${id}`), [
      "Open links per groep</h2><p>Voor ouders zonder e-mailadres.",
      "Niet in gebruik bij een echte opvang.",
    ]);
    // Whoever opens the printed link has no account: the page speaks the daycare's words all the same.
    const open = await openLinkOf(leader, id, `Ouders van ${groupB.name}`);
    await expectPage(await new TestClient(ctx.app).get(open), [`Deze vragenlijst is voor: Ouders van ${groupB.name}.`]);
    const later = await createMeasurementAs(leader, { opensOn: inDays(3), team: "", parents: groupB.id });
    const early = await new TestClient(ctx.app).get(await openLinkOf(leader, later, `Ouders van ${groupB.name}`));
    expect(early.status).toBe(409);
    expect(await early.text()).toContain("De opvang laat weten wanneer de vragenlijst open is.");

    await leader.post(`/organisation/measurements/${id}/simulate`);
    await leader.post(`/organisation/measurements/${id}/close`);
    const results = `/organisation/measurements/${id}/results`;
    const exports = `/organisation/measurements/${id}/export`;
    await expectChildcarePage(await leader.get(results), [
      "Waar ziet het team het anders dan ouders? Een groot verschil",
      "Vergelijking met andere opvangorganisaties",
    ]);
    // The report and the results file name the items in the daycare's words.
    const report = (await pdfTexts(Buffer.from(await (await leader.get(`${exports}/report.pdf`)).arrayBuffer()))).join(
      " ",
    );
    const table = await (await leader.get(`${exports}/results.csv`)).text();
    for (const file of [report, table]) {
      expect(file).toContain("Ik voel me welkom op de opvang.");
      expect(file).not.toContain("Ik voel me welkom op school.");
    }
    await leader.post("/language", { locale: "en", back: "/home" });
    await expectChildcarePage(await leader.get(results), [
      "Compared with other childcare settings",
      "Where does the team see things differently from parents? A large difference",
    ]);
    await expectChildcarePage(await leader.get("/organisation/measurements"), [
      "how the team and parents experience the partnership",
    ]);
  });
});

describe("a measurement at a preschool or daycare", () => {
  it("shows parents and the team the questionnaire in the daycare's words, page by page and on one page", async () => {
    const daycare = await createDaycare(ctx.database.db);
    const leader = await signIn(ctx, daycare.leader.email);
    const id = await createMeasurementAs(leader, { parents: daycare.groupA.id });
    await runQueuedInvitations(ctx, id);
    const parent = new TestClient(ctx.app);
    const parentLink = await questionnaireLink(ctx, daycare.parent.email);
    await expectChildcarePage(await parent.get(parentLink), [
      "Deze vragenlijst gaat over de samenwerking tussen u en de opvang.",
    ]);
    await expectChildcarePage(await parent.get(`${parentLink}/1`), [
      "De opvang weet waarom ze met ouders samenwerkt",
      "De opvang vertelt duidelijk hoe zij met ouders wil samenwerken.",
    ]);
    await expectChildcarePage(await parent.get(`${parentLink}/all`), [
      "Ik voel me welkom op de opvang.",
      "De pedagogisch medewerker vraagt mij wat ik weet over mijn kind.",
      "Ik kan de ontwikkeling van mijn kind makkelijk volgen.",
      "Bij de start (het intakegesprek) bespreken de opvang en ik wat we van elkaar verwachten.",
    ]);
    const team = new TestClient(ctx.app);
    await expectChildcarePage(await team.get(`${await questionnaireLink(ctx, daycare.teacher.email)}/all`), [
      "Onze opvang heeft een duidelijke visie op samenwerken met ouders.",
      "Ouders hebben een stem in de opvang, bijvoorbeeld via de oudercommissie.",
      "De leidinggevende of het management steunt ons bij het werken aan de samenwerking met ouders.",
    ]);
  });

  it.each(["daycare", "preschool"] as const)(
    "refuses children as respondents at a %s and stores nothing",
    async (type) => {
      const daycare = await createDaycare(ctx.database.db, type);
      const leader = await signIn(ctx, daycare.leader.email);
      const asked: Record<string, string>[] = [{ pupils: daycare.groupA.id }, { young: daycare.groupA.id }];
      for (const children of asked) {
        const refused = await leader.post("/organisation/measurements", {
          title: "Met kinderen",
          kind: "baseline",
          opensOn: today(),
          closesOn: inDays(14),
          team: "on",
          ...children,
        });
        expect(refused.status).toBe(422);
        expect(await refused.text()).toContain(
          "Kinderen van een peuteropvang of kinderdagverblijf vullen geen vragenlijst in. Kies het team of ouders.",
        );
      }
      expect(await (await leader.get("/organisation/measurements")).text()).toContain("Er zijn nog geen metingen.");
    },
  );
});

describe("a daycare's measurement mails", () => {
  it("invite and remind parents and pedagogisch medewerkers to a questionnaire of 'de opvang', in Dutch and English", async () => {
    const daycare = await createDaycare(ctx.database.db);
    await ctx.database.db.update(users).set({ locale: "en" }).where(eq(users.id, daycare.teacher.id));
    /** The newest mail to the parent (Dutch) and to the pedagogisch medewerker (English). */
    const expectMails = async (dutch: string[], english: string[]) => {
      expectChildcareMail(await lastMailTo(ctx, daycare.parent.email), dutch);
      expectChildcareMail(await lastMailTo(ctx, daycare.teacher.email), english);
    };
    const leader = await signIn(ctx, daycare.leader.email);
    const id = await createMeasurementAs(leader, { title: "Nulmeting", parents: daycare.groupA.id });
    await runQueuedInvitations(ctx, id);
    // A page the questionnaire does not have: ask the daycare, named in its own word.
    const missing = await new TestClient(ctx.app).get(`${await questionnaireLink(ctx, daycare.parent.email)}/99`);
    expect(missing.status).toBe(404);
    const missingText = await missing.text();
    expect(missingText).toContain("Vraag hulp aan de opvang die u de link gaf.");
    expectNoSchoolWords(missingText);
    await expectMails(
      [
        "Vragenlijst over de samenwerking tussen de opvang en ouders",
        "hoe de samenwerking tussen de opvang en ouders nu gaat",
      ],
      [
        "Questionnaire about the partnership between the setting and parents",
        "how the partnership between the setting and parents is going now",
      ],
    );

    expect((await leader.post(`/organisation/measurements/${id}/remind`, { round: "0" })).status).toBe(303);
    await runReminders(depsOf(ctx), { orgId: daycare.orgId, measurementId: id, round: 1 });
    await expectMails(
      [
        "Herinnering: vragenlijst over de samenwerking tussen de opvang en ouders",
        "hoe u de samenwerking tussen de opvang en ouders ervaart",
      ],
      [
        "Reminder: questionnaire on the partnership between the setting and parents",
        "how you experience the partnership between the setting and parents",
      ],
    );
  });
});
