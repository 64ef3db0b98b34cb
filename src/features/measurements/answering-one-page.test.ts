import { describe, expect, it } from "vitest";
import { TestClient, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { measurementBallots, measurementDrafts, measurementInvitations } from "../../db/schema/index.js";
import { createMeasurementAs, questionnaireLink, runQueuedInvitations } from "./testing.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();

async function parentWithLink() {
  const { school, leader } = await leaderSignedIn(ctx);
  const id = await createMeasurementAs(leader, { parents: school.groupA.id });
  await runQueuedInvitations(ctx, id);
  const link = await questionnaireLink(ctx, school.parent.email);
  const stored = () =>
    withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => ({
      drafts: await tx.select().from(measurementDrafts),
      ballots: await tx.select().from(measurementBallots),
      responded: (await tx.select().from(measurementInvitations)).filter((i) => i.responded).length,
    }));
  return { link, stored, parent: new TestClient(ctx.app) };
}

const answers = {
  "current:parents.vision.1": "2",
  "desired:parents.vision.1": "5",
  "current:parents.involvement.1": "dk",
  "open:vision": "Meer uitleg over de visie graag.",
  "open:involvement": "Vaker een koffieochtend.",
};

describe("all questions on one page", () => {
  it("shows every domain in one form, saves for later, and sends everything in one go", async () => {
    const { link, stored, parent } = await parentWithLink();
    expect(await (await parent.get(link)).text()).toContain(`href="${link}/all"`);
    const form = await (await parent.get(`${link}/all`)).text();
    for (const domain of ["Visie", "Zichtbaar gedrag", "Actief betrokken ouders"])
      expect(form).toMatch(new RegExp(`<h2 id="page-\\d">${domain}`));
    expect(form).toContain('name="open:vision"');
    expect(form).toContain('name="current:parents.information.1"');

    const saved = await parent.post(`${link}/all`, { ...answers, go: "save" });
    expect(saved.headers.get("location")).toBe(`${link}/all?saved=1`);
    const again = await (await parent.get(`${link}/all?saved=1`)).text();
    expect(again).toContain("Uw antwoorden zijn bewaard.");
    expect(again).toMatch(/id="current:parents\.vision\.1-2" name="current:parents\.vision\.1" value="2" checked/);
    expect(again).toContain("Vaker een koffieochtend.</textarea>");
    // The page-by-page form shows the same saved answers.
    expect(await (await parent.get(`${link}/1`)).text()).toContain("Meer uitleg over de visie graag.</textarea>");
    expect((await stored()).ballots).toHaveLength(0);

    const sent = await parent.post(`${link}/all`, { ...answers, "current:parents.vision.2": "4", go: "send" });
    expect(sent.headers.get("location")).toBe("/m/thanks");
    const after = await stored();
    expect(after.ballots).toHaveLength(1);
    expect(after.drafts).toHaveLength(0);
    expect(after.responded).toBe(1);

    const twice = await parent.post(`${link}/all`, { ...answers, go: "send" });
    await expectConflict(twice, ["U heeft deze vragenlijst al ingevuld"]);
    expect((await stored()).ballots).toHaveLength(1);
  });

  it("refuses a changed form or an empty send, says why, and stores nothing", async () => {
    const { link, stored, parent } = await parentWithLink();
    const bad = [
      { ...answers, "current:parents.vision.1": "6", go: "send" },
      { ...answers, "current:team.vision.1": "3", go: "send" },
      { ...answers, "open:capacity": "x", go: "save" },
      { ...answers, go: "delete" },
    ];
    for (const body of bad) {
      const response = await parent.post(`${link}/all`, body);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("Deze antwoorden konden we niet lezen");
    }
    const empty = await parent.post(`${link}/all`, { go: "send" });
    // Focusable, so the page's script can move focus to it and it is read out first.
    expect(await expectRefused(empty, ["U heeft nog geen vraag beantwoord."])).toContain(
      '<p class="error-summary" role="alert" tabindex="-1">',
    );
    expect(await stored()).toEqual({ drafts: [], ballots: [], responded: 0 });

    const english = await new TestClient(ctx.app, { "accept-language": "en" }).post(`${link}/all`, { go: "send" });
    expect(await english.text()).toContain("You have not answered any question yet.");
  });
});
