/**
 * The panel walk of issue 15 in the demo, as a new parent tries it: join and confirm through the
 * outbox, the editor opens the demo's draft survey for all members, the parent answers it from
 * their page, sees the published report, downloads their data and leaves.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";
import { panelMembers, panelSurveys } from "../../db/schema/index.js";
import { runInvitations } from "./service/surveys.js";
import { joinPanel } from "./testing/fixtures.js";

const ctx = useTestContext();

describe("the demo's parent panel", () => {
  it("lets a parent join, answer, read the report, download their data and leave", async () => {
    await loadDemo(ctx.database.db);
    const reports = await (await new TestClient(ctx.app).get("/panel/rapporten")).text();
    expect(reports).toContain("Staat van de ouder 2026: ouders en school");
    const [published] = await ctx.database.db.select().from(panelSurveys).where(eq(panelSurveys.status, "published"));
    const report = await (await new TestClient(ctx.app).get(`/panel/rapporten/${published!.id}`)).text();
    expect(report).toContain("Alle ouders");
    expect(report).toContain("<svg");

    const email = "nieuwe.ouder@example.nl";
    const parent = await joinPanel(ctx, email, { province: "gelderland", type1: "secondary", year1: "1" });
    const editor = await signIn(ctx, DEMO_ACCOUNTS.editor);
    const [draft] = await ctx.database.db.select().from(panelSurveys).where(eq(panelSurveys.status, "draft"));
    expect((await editor.post(`/panel/beheer/${draft!.id}/openen`)).status).toBe(303);
    await runInvitations(
      { db: ctx.database.db, jobs: { send: async () => {} }, config: ctx.config },
      { surveyId: draft!.id },
    );

    const mine = await (await parent.get("/panel/mijn-gegevens")).text();
    expect(mine).toContain("Ouderavonden");
    const form = await parent.get(`/panel/vragenlijst/${draft!.id}`);
    expect(form.status).toBe(200);
    // The intro counts the statements the parent is shown, in both languages.
    const html = await form.text();
    expect(html).toContain("Drie stellingen");
    expect(new Set(html.match(/name="current:q\d+"/g)).size).toBe(3);
    expect(draft!.intro.en).toMatch(/^Three statements/);
    const sent = await parent.post(`/panel/vragenlijst/${draft!.id}`, { "current:q1": "4", "current:q2": "dk" });
    expect(await sent.text()).toContain("Dank u wel");
    expect(await (await parent.get("/panel/mijn-gegevens")).text()).toContain("Ingevuld, dank u wel");

    const data = (await (await parent.get("/panel/mijn-gegevens.json")).json()) as { surveys: unknown[] };
    expect(data.surveys).toEqual([{ title: "Ouderavonden", responded: true }]);
    expect(await (await parent.get("/panel/mijn-gegevens.csv")).text()).toContain(
      "Vragenlijst 1;Ouderavonden (ingevuld)",
    );
    expect((await parent.post("/panel/stoppen")).status).toBe(303);
    expect(await ctx.database.db.$count(panelMembers, eq(panelMembers.email, email))).toBe(0);
  });
});
