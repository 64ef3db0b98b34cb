/**
 * The questionnaire speaks to each respondent one way: "je" to a colleague of the team and a pupil, "u"
 * to a parent, never both; so do the mails that invite and remind them, and an open link's start page.
 */
import { describe, expect, it } from "vitest";
import { lastMailTo, leaderSignedIn, signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { createDaycare } from "../../../tests/helpers/wording.js";
import { runReminders } from "./service/reminders.js";
import { createMeasurementAs, depsOf, openLinkOf, questionnaireLink, runQueuedInvitations } from "./testing.js";

const ctx = useTestContext();

const FORMAL = /\b(?:u|uw)\b/gi;
const INFORMAL = /\b(?:je|jij|jou|jouw)\b/gi;

/** The words of the page's main part (the questionnaire itself, not the site's header and footer). */
async function wordsOf(response: Response): Promise<string> {
  const html = await response.text();
  const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? html;
  return main.replace(/<[^>]*>/g, " ").replace(/&#39;/g, "'");
}

/** Each page the respondent meets on the way: the intro, a page resumed, the empty send, the review, the second send. */
async function pagesOf(link: string): Promise<string[]> {
  const client = new TestClient(ctx.app);
  const pages = [await wordsOf(await client.get(link)), await wordsOf(await client.post(`${link}/send`))];
  await client.post(`${link}/1`, { go: "next" });
  pages.push(await wordsOf(await client.get(link)), await wordsOf(await client.get(`${link}/all`)));
  pages.push(await wordsOf(await client.get(`${link}/all?saved=1`)));
  return pages;
}

describe("the questionnaire's way of address", () => {
  it("says 'je' throughout to the team and 'u' throughout to parents", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader, { parents: school.groupA.id });
    await runQueuedInvitations(ctx, id);

    const team = await pagesOf(await questionnaireLink(ctx, school.teacher.email));
    expect(team.join(" ")).toContain("Je antwoorden zijn anoniem.");
    expect(team.join(" ")).toContain("Je antwoorden worden per pagina bewaard. Je kunt later verder gaan");
    expect(team.join(" ")).toContain("Verder waar je gebleven was");
    for (const page of team) expect(page.match(FORMAL) ?? []).toEqual([]);

    const parents = await pagesOf(await questionnaireLink(ctx, school.parent.email));
    expect(parents.join(" ")).toContain("Uw antwoorden worden per pagina bewaard. U kunt later verder gaan");
    for (const page of parents) expect(page.match(INFORMAL) ?? []).toEqual([]);
  });
});

/** A mail as its recipient reads it: the subject and the text. */
async function mailTo(email: string): Promise<string> {
  const mail = await lastMailTo(ctx, email);
  return `${mail?.subject ?? ""}\n${mail?.text ?? ""}`;
}

describe("the measurement's mails' way of address", () => {
  it.each(["primary", "daycare"] as const)(
    "invite and remind the team with 'je' and parents with 'u', as the questionnaire does (%s)",
    async (type) => {
      const school = type === "daycare" ? await createDaycare(ctx.database.db) : await createSchool(ctx.database.db);
      const leader = await signIn(ctx, school.leader.email);
      const id = await createMeasurementAs(leader, { parents: school.groupA.id });
      await runQueuedInvitations(ctx, id);
      const invitations = { team: await mailTo(school.teacher.email), parents: await mailTo(school.parent.email) };
      expect(invitations.team).toContain('Wil je de vragenlijst "Nulmeting 2026" invullen?');
      expect(invitations.parents).toContain('Wilt u de vragenlijst "Nulmeting 2026" invullen?');

      expect((await leader.post(`/organisation/measurements/${id}/remind`, { round: "0" })).status).toBe(303);
      await runReminders(depsOf(ctx), { orgId: school.orgId, measurementId: id, round: 1 });
      const reminders = { team: await mailTo(school.teacher.email), parents: await mailTo(school.parent.email) };
      expect(reminders.team).toContain("Misschien ben je er nog niet aan toegekomen");
      expect(reminders.parents).toContain("Misschien bent u er nog niet aan toegekomen");

      for (const mail of [invitations.team, reminders.team]) expect(mail.match(FORMAL) ?? []).toEqual([]);
      for (const mail of [invitations.parents, reminders.parents]) expect(mail.match(INFORMAL) ?? []).toEqual([]);
    },
  );
});

describe("an open link's start page", () => {
  it("says 'je' to pupils and 'u' to parents and to the adult beside a young child", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const { groupA, groupB } = school;
    const id = await createMeasurementAs(leader, { team: "", pupils: groupA.id, young: groupB.id, parents: groupB.id });
    const startPage = async (audience: string) =>
      wordsOf(await new TestClient(ctx.app).get(await openLinkOf(leader, id, audience)));

    const pupils = await startPage(`Leerlingen van ${groupA.name}`);
    expect(pupils).toContain("Je krijgt een eigen link. Wil je later verder gaan?");
    expect(pupils.match(FORMAL) ?? []).toEqual([]);
    for (const adults of [
      await startPage(`Ouders van ${groupB.name}`),
      await startPage(`Kinderen van ${groupB.name}`),
    ]) {
      expect(adults).toContain("U krijgt een eigen link. Wilt u later verder gaan?");
      expect(adults.match(INFORMAL) ?? []).toEqual([]);
    }
  });
});
