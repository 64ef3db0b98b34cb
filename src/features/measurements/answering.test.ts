import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { TestClient, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { newToken } from "../../auth/tokens.js";
import { withOrg } from "../../db/client.js";
import { measurementBallots, measurementDrafts, measurementInvitations } from "../../db/schema/index.js";
import { createMeasurementAs, inDays, openLinkOf, questionnaireLink, runQueuedInvitations } from "./testing.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();

async function invitedSchool() {
  const { school, leader } = await leaderSignedIn(ctx);
  const id = await createMeasurementAs(leader, { parents: school.groupA.id, pupils: school.groupB.id });
  await runQueuedInvitations(ctx, id);
  const stored = () =>
    withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => ({
      drafts: await tx.select().from(measurementDrafts),
      ballots: await tx.select().from(measurementBallots),
      invitations: await tx.select().from(measurementInvitations),
    }));
  return { school, leader, id, stored };
}

const page1 = {
  "current:parents.vision.1": "2",
  "desired:parents.vision.1": "5",
  "current:parents.vision.2": "dk",
  open: "Meer uitleg over de visie graag.",
  go: "next",
};

describe("answering through a personal link", () => {
  it("goes page by page, resumes from the same link, sends once and refuses a second send", async () => {
    const { school, stored } = await invitedSchool();
    const link = await questionnaireLink(ctx, school.parent.email);
    const parent = new TestClient(ctx.app);

    const intro = await (await parent.get(link)).text();
    expect(intro).toContain("Nulmeting 2026");
    expect(intro).toContain(`href="${link}/1"`);
    const first = await (await parent.get(`${link}/1`)).text();
    expect(first).toContain("Pagina 1 van 6");
    expect(first).toContain("<legend>De school vertelt duidelijk hoe zij met ouders wil samenwerken.</legend>");
    expect(first).toContain("<legend>Hoe is het nu?</legend>");
    expect(first).toContain('<label for="current:parents.vision.1-dk">Weet ik niet / niet van toepassing</label>');

    const saved = await parent.post(`${link}/1`, page1);
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`${link}/2`);

    // Later, on another device: the same link continues where the parent stopped.
    const later = new TestClient(ctx.app);
    const resumed = await (await later.get(link)).text();
    expect(resumed).toContain("Verder waar u gebleven was");
    expect(resumed).toContain(`href="${link}/2"`);
    const again = await (await later.get(`${link}/1`)).text();
    expect(again).toMatch(/id="current:parents\.vision\.1-2" name="current:parents\.vision\.1" value="2" checked/);
    expect(again).toContain("Meer uitleg over de visie graag.</textarea>");

    expect((await later.post(`${link}/2`, { "current:parents.behaviour.1": "4", go: "next" })).status).toBe(303);
    for (let page = 3; page <= 6; page++) {
      const response = await later.post(`${link}/${page}`, { go: "next" });
      expect(response.headers.get("location")).toBe(page < 6 ? `${link}/${page + 1}` : `${link}/send`);
    }
    expect((await later.get(`${link}/send`)).status).toBe(200);
    // Two questions have only "how is it now": the review says so, so the parent can go back.
    const review = await (await later.get(`${link}/send`)).text();
    expect(review).toContain("U heeft 1 van de 27 vragen helemaal beantwoord.");
    expect(review).toContain("Bij 2 vragen heeft u wel ingevuld hoe het nu is, maar niet hoe het zou moeten zijn.");
    expect(review).not.toContain("maar niet hoe het nu is");
    // Each of the 26 questions not fully answered links to where it is asked, on its own page.
    expect(review).toContain("<h2>Nog niet helemaal beantwoord</h2>");
    expect(review.match(/href="[^"]*#question-/g)).toHaveLength(26);
    expect(review).toContain(`href="${link}/1#question-parents.vision.2"`);
    expect(review).toContain(`href="${link}/2#question-parents.behaviour.1"`);
    expect(review).not.toContain("#question-parents.vision.1");
    expect(await (await later.get(`${link}/1`)).text()).toContain(
      '<fieldset class="question" id="question-parents.vision.2">',
    );

    const sent = await later.post(`${link}/send`);
    expect(sent.headers.get("location")).toBe("/m/thanks");
    expect(await (await later.get("/m/thanks")).text()).toContain("De antwoorden zijn verstuurd.");
    const twice = await parent.post(`${link}/send`);
    await expectConflict(twice, ["U heeft deze vragenlijst al ingevuld"]);
    expect((await parent.get(link)).status).toBe(409);
    expect((await parent.post(`${link}/1`, page1)).status).toBe(409);

    const rows = await stored();
    expect(rows.ballots).toHaveLength(1);
    expect(rows.drafts).toEqual([]);
    expect(rows.invitations.filter((i) => i.responded)).toHaveLength(1);
  });

  it("reviews in English what is missing, one question at a time", async () => {
    const { school } = await invitedSchool();
    const link = await questionnaireLink(ctx, school.parent.email);
    const parent = new TestClient(ctx.app, { "accept-language": "en" });
    const answered = { "current:parents.vision.1": "3", "desired:parents.vision.2": "4", go: "next" };
    expect((await parent.post(`${link}/1`, answered)).status).toBe(303);
    const review = await (await parent.get(`${link}/send`)).text();
    expect(review).toContain("You fully answered 0 of the 27 questions.");
    expect(review).toContain("For 1 question you said how it is now, but not how it should be.");
    expect(review).toContain("For 1 question you said how it should be, but not how it is now.");
  });

  it("refuses a changed form or a value off the scale, and keeps what was saved before", async () => {
    const { school, stored } = await invitedSchool();
    const link = await questionnaireLink(ctx, school.parent.email);
    const parent = new TestClient(ctx.app);
    await parent.post(`${link}/1`, page1);
    const before = await stored();
    const tampered: Record<string, string>[] = [
      { "current:parents.vision.1": "7" },
      { "current:parents.vision.1": "0" },
      { "current:parents.vision.1": "2.5" },
      { "current:parents.behaviour.1": "3" },
      { "current:team.vision.1": "3" },
      { "current:parents.vision.1": "3", admin: "1" },
      { "current:parents.vision.1": "3", go: "elsewhere" },
      { open: "x".repeat(2001) },
    ];
    for (const form of tampered) {
      const response = await parent.post(`${link}/1`, form);
      expect(response.status, JSON.stringify(form)).toBe(400);
      expect(await response.text()).toContain("Er is niets opgeslagen.");
    }
    const twoValues = await parent.post(`${link}/1`, { "current:parents.vision.1": ["2", "3"] });
    expect(twoValues.status).toBe(400);
    expect(await stored()).toEqual(before);
  });

  it("says clearly when a link is unknown, not open yet or closed", async () => {
    const { school, leader, id } = await invitedSchool();
    const visitor = new TestClient(ctx.app);
    const unknown = await visitor.get(`/m/${randomBytes(32).toString("base64url")}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("Deze link werkt niet");
    expect((await visitor.get("/m/short")).status).toBe(404);
    expect((await visitor.post(`/m/${randomBytes(32).toString("base64url")}/send`)).status).toBe(404);

    const link = await questionnaireLink(ctx, school.teacher.email);
    const teacher = new TestClient(ctx.app);
    const empty = await teacher.post(`${link}/send`);
    await expectRefused(empty, ["Beantwoord minstens één vraag"]);

    await teacher.post(`${link}/1`, { "current:team.vision.1": "3", go: "next" });
    expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(303);
    const closed = await teacher.post(`${link}/send`);
    await expectConflict(closed, ["Deze vragenlijst is gesloten"]);
    expect((await teacher.get(`${link}/1`)).status).toBe(409);

    const later = await invitedSchoolLater();
    expect((await new TestClient(ctx.app).get(later)).status).toBe(409);
  });

  it("says whom to ask about a link that does not work: the school behind it, or whoever gave it when none is known", async () => {
    const { school } = await invitedSchool();
    const link = await questionnaireLink(ctx, school.parent.email);
    const bogus = `/m/${randomBytes(32).toString("base64url")}`;
    const cases = [
      { locale: "nl", known: "Vraag hulp aan de school die u de link gaf.", none: "Vraag hulp aan wie u de link gaf." },
      {
        locale: "en",
        known: "Ask the school that gave you the link for help.",
        none: "Ask whoever gave you the link for help.",
      },
    ];
    for (const { locale, known, none } of cases) {
      const visitor = new TestClient(ctx.app, { "accept-language": locale });
      const unknown = await visitor.get(bogus);
      expect(unknown.status).toBe(404);
      const text = await unknown.text();
      expect(text).toContain(none);
      expect(text).not.toMatch(/school of opvang|school or daycare/);
      // A page the questionnaire does not have: the link itself names the school.
      for (const response of [await visitor.get(`${link}/99`), await visitor.post(`${link}/99`, page1)]) {
        expect(response.status).toBe(404);
        expect(await response.text()).toContain(known);
      }
    }
  });

  it("lets only one of two sends at the same moment through", async () => {
    const { school, stored } = await invitedSchool();
    const link = await questionnaireLink(ctx, school.parent.email);
    const parent = new TestClient(ctx.app);
    await parent.post(`${link}/1`, page1);
    const results = await Promise.all([parent.post(`${link}/send`), parent.post(`${link}/send`)]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 409]);
    expect((await stored()).ballots).toHaveLength(1);
  });

  it("shows the questionnaire in English to an English browser", async () => {
    const { school } = await invitedSchool();
    const link = await questionnaireLink(ctx, school.parent.email);
    const english = new TestClient(ctx.app, { "accept-language": "en-GB,en;q=0.9" });
    const page = await (await english.get(`${link}/1`)).text();
    expect(page).toContain('<html lang="en"');
    expect(page).toContain("Page 1 of 6");
    expect(page).toContain("The school explains clearly how it wants to work together with parents.");
    expect(page).toContain("Don&#39;t know / not applicable");
  });
});

/** The open link of a class whose measurement opens in a few days. */
async function invitedSchoolLater(): Promise<string> {
  const { school, leader } = await leaderSignedIn(ctx);
  const id = await createMeasurementAs(leader, {
    opensOn: inDays(3),
    team: "",
    pupils: school.groupA.id,
  });
  return openLinkOf(leader, id, `Leerlingen van ${school.groupA.name}`);
}

describe("answering through a class's open link", () => {
  it("gives each pupil a personal link and counts the responses per class, never who", async () => {
    const { school, leader, id } = await invitedSchool();
    const open = await openLinkOf(leader, id, `Leerlingen van ${school.groupB.name}`);
    const pupil = new TestClient(ctx.app);
    const start = await (await pupil.get(open)).text();
    expect(start).toContain(`Leerlingen van ${school.groupB.name}`);
    const started = await pupil.post(open);
    expect(started.status).toBe(303);
    const link = started.headers.get("location")!;
    expect(link).toMatch(/^\/m\/[A-Za-z0-9_-]{43}$/);
    const first = await (await pupil.get(`${link}/1`)).text();
    expect(first).toContain("Nee, helemaal niet");
    await pupil.post(`${link}/1`, { "current:pupils.vision.1": "4", "desired:pupils.vision.1": "5", go: "next" });
    expect((await pupil.post(`${link}/send`)).status).toBe(303);

    const rates = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(rates).toMatch(new RegExp(`Leerlingen van ${school.groupB.name}</th><td>0</td><td>1</td>`));
    expect(rates).toContain("Bij een of meer groepen zijn nog te weinig reacties");
  });
});

describe("the open link's start button pressed twice", () => {
  it("gives the same personal link both times and makes one invitation; a new start page makes another", async () => {
    const { school, leader, id, stored } = await invitedSchool();
    const open = await openLinkOf(leader, id, `Leerlingen van ${school.groupB.name}`);
    const pupil = new TestClient(ctx.app);
    const openLinks = async () => (await stored()).invitations.filter((i) => i.kind === "open_link").length;
    const before = await openLinks();
    const once = newToken();
    const presses = await Promise.all([pupil.post(open, {}, { once }), pupil.post(open, {}, { once })]);
    const links = presses.map((p) => [p.status, p.headers.get("location")]);
    expect(links[0]![1]).toMatch(/^\/m\/[A-Za-z0-9_-]{43}$/);
    expect(links).toEqual([links[0], links[0]]);
    expect(await openLinks()).toBe(before + 1);

    const another = await pupil.post(open);
    expect(another.headers.get("location")).not.toBe(links[0]![1]);
    expect(await openLinks()).toBe(before + 2);
    // The same form's token from another browser is that browser's own start.
    const elsewhere = await new TestClient(ctx.app).post(open, {}, { once });
    expect(elsewhere.headers.get("location")).not.toBe(links[0]![1]);
    expect(await openLinks()).toBe(before + 3);
  });

  it("refuses a post without the start page's form token and makes no invitation", async () => {
    const { school, leader, id, stored } = await invitedSchool();
    const open = await openLinkOf(leader, id, `Leerlingen van ${school.groupB.name}`);
    const before = (await stored()).invitations.length;
    const refused = await new TestClient(ctx.app).post(open, {}, { once: null });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("laad de pagina opnieuw");
    expect((await stored()).invitations.length).toBe(before);
  });
});
