/**
 * A daycare measures in its own words: "kinderen" and "pedagogisch medewerkers", a comparison with
 * other settings, and the questionnaire's link in the daycare's words whoever opens it. The items
 * themselves are the instrument's (v1, written for schools) and are not checked here.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { lastMailTo, signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { expectPage } from "../../../tests/helpers/page.js";
import { createDaycare, expectChildcareMail, expectChildcarePage } from "../../../tests/helpers/wording.js";
import { users } from "../../db/schema/index.js";
import { runReminders } from "./service/reminders.js";
import { createMeasurementAs, depsOf, inDays, openLinkOf, runQueuedInvitations, today } from "./testing.js";
import { enlargeSchool } from "./testing/larger-school.js";

const ctx = useTestContext();

describe("a daycare's measurements", () => {
  it("ask 'kinderen' with the 'pedagogisch medewerker', also on the link opened without an account", async () => {
    const daycare = await createDaycare(ctx.database.db);
    await enlargeSchool(ctx.database.db, daycare);
    const leader = await signIn(ctx, daycare.leader.email);
    await expectChildcarePage(await leader.get("/organisation/measurements"), [
      "hoe het team, ouders en kinderen de samenwerking nu ervaren",
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
      "Voor kinderen in de groep en voor ouders zonder e-mailadres.",
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
    await expectChildcarePage(await leader.get(results), [
      "Waar ziet het team het anders dan ouders of kinderen?",
      "Vergelijking met andere opvangorganisaties",
    ]);
    await leader.post("/language", { locale: "en", back: "/home" });
    await expectChildcarePage(await leader.get(results), ["Compared with other childcare settings"]);
  });
});

describe("a measurement at a preschool or daycare", () => {
  it.each(["daycare", "preschool"] as const)(
    "refuses children as respondents at a %s and stores nothing",
    async (type) => {
      const daycare = await createDaycare(ctx.database.db, type);
      const leader = await signIn(ctx, daycare.leader.email);
      for (const children of [{ pupils: daycare.groupA.id }, { young: daycare.groupA.id }]) {
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
