import { describe, expect, it } from "vitest";
import QRCode from "qrcode";
import { TestClient, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { addPupils } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { measurementBallots, measurementDrafts } from "../../db/schema/index.js";
import { createMeasurementAs, openLinkOf } from "./testing.js";
import { expectPage } from "../../../tests/helpers/page.js";
import { expectConflict } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();

/** A personal link taken from an open link, by a new visitor. */
async function personalLink(openPath: string, client = new TestClient(ctx.app)): Promise<string> {
  const started = await client.post(openPath);
  expect(started.status).toBe(303);
  return started.headers.get("location")!;
}

describe("young children", () => {
  it("answer with three faces through their group's open link, as radios with text, without JavaScript", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader, { team: "", young: school.groupB.id });
    const open = await openLinkOf(leader, id, `Kinderen van ${school.groupB.name}`);
    const start = await (await new TestClient(ctx.app).get(open)).text();
    expect(start).toContain(`Kinderen van ${school.groupB.name}`);

    const child = new TestClient(ctx.app);
    const link = await personalLink(open, child);
    expect(await (await child.get(link)).text()).toContain("Vul deze lijst samen met het kind in.");
    const page = await (await child.get(`${link}/1`)).text();
    expect(page).toContain('<fieldset class="scale scale-faces"><legend>Klopt dit?</legend>');
    expect(page).toContain(
      '<input type="radio" id="current:young.vision.1-1" name="current:young.vision.1" value="1"/>',
    );
    expect(page).toContain('role="img" aria-label="Verdrietig gezicht: nee"');
    expect(page).toContain('role="img" aria-label="Blij gezicht: ja"');
    expect(page).toContain('<label for="current:young.vision.1-dk">Weet ik niet</label>');
    expect(page).not.toContain("desired:");
    expect(page).not.toMatch(/<script(?! type="module" src=)/);

    const english = await (await new TestClient(ctx.app, { "accept-language": "en" }).get(`${link}/1`)).text();
    expect(english).toContain('aria-label="Sad face: no"');

    const offScale = await child.post(`${link}/1`, { "current:young.vision.1": "4", go: "next" });
    expect(offScale.status).toBe(400);
    const desired = await child.post(`${link}/1`, { "desired:young.vision.1": "3", go: "next" });
    expect(desired.status).toBe(400);
    expect((await child.post(`${link}/1`, { "current:young.vision.1": "3", go: "next" })).status).toBe(303);
    expect((await child.post(`${link}/send`)).status).toBe(303);
  });
});

describe("printed open links", () => {
  it("prints each group's open link with its QR code on a page of its own", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader, { parents: school.groupA.id, young: school.groupB.id });
    const parents = await openLinkOf(leader, id, `Ouders van ${school.groupA.name}`);
    const young = await openLinkOf(leader, id, `Kinderen van ${school.groupB.name}`);
    const response = await leader.get(`/organisation/measurements/${id}/print`);
    const html = await expectPage(response);
    expect(html.match(/<section class="print-group"/g)).toHaveLength(2);
    for (const path of [parents, young]) {
      const url = `http://localhost:3000${path}`;
      expect(html).toContain(`<p class="open-link print-url">${url}</p>`);
      expect(html).toContain(await QRCode.toString(url, { type: "svg", margin: 2 }));
    }
    expect(html).toContain(`role="img" aria-label="QR-code voor Kinderen van ${school.groupB.name}"`);
    expect(html).toContain("Vul de vragenlijst samen met het kind in");
    expect(html).not.toContain("/m/open/undefined");

    await leader.post(`/organisation/measurements/${id}/close`);
    const closed = await (await leader.get(`/organisation/measurements/${id}/print`)).text();
    expect(closed).not.toContain('<section class="print-group"');
    expect(closed).toContain("Deze meting is gesloten: de open links werken niet meer.");
  });
});

describe("the school's own items", () => {
  it("are asked on their domain's page in the reader's language, and scored on the thermometer", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    // Through an open link answer no more than the class has pupils, or parents without a mailed invitation.
    await addPupils(ctx.database.db, school.groupA, 4);
    const id = await createMeasurementAs(leader, {
      team: "",
      parents: school.groupA.id,
      "extra-1-group": "parents",
      "extra-1-domain": "information",
      "extra-1-nl": "De nieuwsbrief komt op tijd.",
      "extra-1-en": "The newsletter arrives on time.",
      "extra-2-group": "parents",
      "extra-2-domain": "vision",
      "extra-2-nl": "Alleen in het Nederlands.",
    });
    const open = await openLinkOf(leader, id, `Ouders van ${school.groupA.name}`);
    for (let n = 0; n < 5; n++) {
      const parent = new TestClient(ctx.app, n === 0 ? { "accept-language": "en" } : {});
      const link = await personalLink(open, parent);
      const page = await (await parent.get(`${link}/6`)).text();
      expect(page).toContain(
        n === 0 ? "<legend>The newsletter arrives on time.</legend>" : "<legend>De nieuwsbrief komt op tijd.</legend>",
      );
      if (n === 0) {
        const first = await (await parent.get(`${link}/1`)).text();
        // Shown in Dutch on an English page, it says it is Dutch (WCAG 3.1.2).
        expect(first).toContain('<legend><span lang="nl">Alleen in het Nederlands.</span></legend>');
        // An own item of another page or group cannot be slipped into this one.
        expect((await parent.post(`${link}/1`, { "current:extra.1": "2" })).status).toBe(400);
      }
      const saved = await parent.post(`${link}/6`, { "current:extra.1": "2", "desired:extra.1": "4", go: "next" });
      expect(saved.headers.get("location")).toBe(`${link}/send`);
      expect((await parent.post(`${link}/send`)).status).toBe(303);
    }
    expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(303);
    const results = await (await leader.get(`/organisation/measurements/${id}/results`)).text();
    expect(results).toContain('<h2 id="extra-title">Eigen vragen</h2>');
    expect(results).toMatch(
      /<th scope="row">De nieuwsbrief komt op tijd\.<\/th><td>[^<]+<\/td><td>2,0<\/td><td>4,0<\/td><td>\+2,0<\/td>/,
    );
    expect(results).toMatch(/<th scope="row">Alleen in het Nederlands\.<\/th><td>[^<]+<\/td><td>–<\/td>/);
  });
});

describe("bad input on a link", () => {
  it("says in the respondent's language why a used, closed or made-up link does nothing, and stores nothing twice", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader, { team: "", pupils: school.groupA.id });
    const open = await openLinkOf(leader, id, `Leerlingen van ${school.groupA.name}`);
    const pupil = new TestClient(ctx.app, { "accept-language": "en" });
    const link = await personalLink(open, pupil);
    expect((await pupil.get(`${link}/99`)).status).toBe(404);
    expect((await pupil.post(`${link}/0`, { go: "next" })).status).toBe(404);
    await pupil.post(`${link}/1`, { "current:pupils.vision.1": "5", go: "next" });
    const sends = await Promise.all([pupil.post(`${link}/send`), pupil.post(`${link}/send`)]);
    expect(sends.map((r) => r.status).sort()).toEqual([303, 409]);

    const used = await pupil.get(`${link}/1`);
    await expectConflict(used, ["You have already filled in this questionnaire"]);
    const resave = await pupil.post(`${link}/1`, { "current:pupils.vision.1": "1", go: "next" });
    expect(resave.status).toBe(409);

    const made = `/m/open/${"A".repeat(43)}`;
    const unknown = await pupil.get(made);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("This link does not work");
    expect((await pupil.post(made)).status).toBe(404);

    expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(303);
    const late = new TestClient(ctx.app, { "accept-language": "en" });
    const closed = await late.post(open);
    await expectConflict(closed, ["This questionnaire is closed"]);
    expect((await late.get(open)).status).toBe(409);

    const stored = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => ({
      drafts: await tx.select().from(measurementDrafts),
      ballots: await tx.select().from(measurementBallots),
    }));
    expect(stored).toEqual({ drafts: [], ballots: [] });
    const results = await (await leader.get(`/organisation/measurements/${id}/results`)).text();
    expect(results).toContain("Leerlingen: 1 reactie<");
  });
});
