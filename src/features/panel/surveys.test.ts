/**
 * Panel surveys as editors and parents use them: a stratified sample, invitations and reminders
 * mailed once, only sampled members answer (once), live rates above the threshold only, answers
 * stored without any link to a member, and a report that shows only cells above the threshold.
 */
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { lastMailTo, signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createUser, unique } from "../../../tests/helpers/factories.js";
import { pdfTexts } from "../../lib/pdf/testing.js";
import {
  panelBallots,
  panelInvitations,
  panelMembers,
  panelResponses,
  panelSurveys,
  platformAuditLog,
} from "../../db/schema/index.js";
import { leavePanel } from "./service/members.js";
import { closeSurvey, runInvitations, runReminders, startReminders } from "./service/surveys.js";
import { joinPanel, mailedPath, surveyForm } from "./testing/fixtures.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();
const deps = () => ({ db: ctx.database.db, jobs: { send: async () => {} }, config: ctx.config });

async function addMembers(n: number, province: string, schoolType: string, prefix: string) {
  const emails = Array.from({ length: n }, (_, i) => `${prefix}-${i}-${unique()}@example.nl`);
  await ctx.database.db.insert(panelMembers).values(
    emails.map((email) => ({
      email,
      locale: "nl",
      province,
      children: [{ schoolType, year: 2 }],
      consentVersion: 1,
      confirmedAt: new Date(),
    })),
  );
  return emails;
}

/** An editor's survey of every member of one stratum, opened, its invitations sent. */
async function invitedSurvey(titleNl: string, province: string, schoolType: string) {
  const editor = await signIn(ctx, (await createUser(ctx.database.db, { isPlatformEditor: true })).email);
  const made = await editor.post(
    "/panel/beheer/nieuw",
    surveyForm({ titleNl, provinces: [province], schoolTypes: [schoolType], perStratum: "" }),
  );
  const surveyId = made.headers.get("location")!.split("/").pop()!;
  expect((await editor.post(`/panel/beheer/${surveyId}/openen`)).status).toBe(303);
  await runInvitations(deps(), { surveyId });
  return { editor, surveyId };
}

describe("a panel survey from sample to report", () => {
  it("samples per stratum, refuses those not sampled, keeps answers unlinked and shows only what the threshold allows", async () => {
    const utrecht = await addMembers(9, "utrecht", "primary", "u");
    const zeeland = await addMembers(3, "zeeland", "secondary", "z");
    await addMembers(4, "limburg", "primary", "l");
    // Unconfirmed sign-ups count for nothing.
    await ctx.database.db.insert(panelMembers).values({
      email: `onbevestigd-${unique()}@example.nl`,
      locale: "nl",
      province: "zeeland",
      children: [{ schoolType: "secondary", year: 1 }],
      consentVersion: 1,
    });
    const parent = `ouder-${unique()}@example.nl`;
    const member = await joinPanel(ctx, parent, { province: "limburg" });

    // Only editors run surveys.
    const other = await signIn(ctx, (await createUser(ctx.database.db)).email);
    expect((await other.get("/panel/beheer")).status).toBe(403);
    expect((await other.post("/panel/beheer/nieuw", surveyForm())).status).toBe(403);
    const editor = await signIn(ctx, (await createUser(ctx.database.db, { isPlatformEditor: true })).email);
    await expectRefused(
      await editor.post("/panel/beheer/nieuw", surveyForm({ questionsEn: "Only one", threshold: "3" })),
      ["De drempel is een heel getal van minstens 5"],
    );
    expect(await ctx.database.db.$count(panelSurveys)).toBe(0);

    const made = await editor.post("/panel/beheer/nieuw", surveyForm());
    expect(made.status).toBe(303);
    const surveyId = made.headers.get("location")!.split("/").pop()!;
    expect((await editor.post(`/panel/beheer/${surveyId}/openen`)).status).toBe(303);
    const strata = await ctx.database.db
      .select({
        province: panelInvitations.province,
        schoolType: panelInvitations.schoolType,
        n: sql<number>`count(*)::int`,
      })
      .from(panelInvitations)
      .where(eq(panelInvitations.surveyId, surveyId))
      .groupBy(panelInvitations.province, panelInvitations.schoolType);
    expect(strata.sort((a, b) => a.province.localeCompare(b.province))).toEqual([
      { province: "utrecht", schoolType: "primary", n: 6 },
      { province: "zeeland", schoolType: "secondary", n: 3 },
    ]);
    expect((await editor.post(`/panel/beheer/${surveyId}/openen`)).status).toBe(409);

    expect(await runInvitations(deps(), { surveyId })).toBe(9);
    expect(await runInvitations(deps(), { surveyId })).toBe(0);
    const invited = [...utrecht, ...zeeland];
    const links = new Map<string, string>();
    for (const email of invited) {
      const mail = await lastMailTo(ctx, email);
      if (mail?.subject.includes("Contact met school"))
        links.set(email, await mailedPath(ctx, email, /http\S+\/panel\/p\/\S+/));
    }
    expect(links.size).toBe(9);

    // A member who was not sampled is refused, signed in or not, and nothing is stored.
    const page = await member.get(`/panel/vragenlijst/${surveyId}`);
    expect(page.status).toBe(403);
    expect(await page.text()).toContain("Deze vragenlijst is niet voor u");
    const refused = await member.post(`/panel/vragenlijst/${surveyId}`, { "current:q1": "4" });
    expect(refused.status).toBe(403);
    expect((await new TestClient(ctx.app).post(`/panel/p/${"y".repeat(43)}`, { "current:q1": "4" })).status).toBe(403);
    expect(await ctx.database.db.$count(panelBallots)).toBe(0);

    // Sampled members answer by their link; a changed form or an empty one stores nothing.
    const [firstEmail, firstLink] = [...links][0]!;
    const client = new TestClient(ctx.app);
    expect((await client.get(firstLink)).status).toBe(200);
    expect((await client.post(firstLink, { "current:q9": "4" })).status).toBe(422);
    expect((await client.post(firstLink, { "current:q1": "7" })).status).toBe(422);
    expect((await client.post(firstLink, {})).status).toBe(422);
    expect(await ctx.database.db.$count(panelBallots)).toBe(0);
    let i = 0;
    for (const [, link] of links) {
      if (i < 8) {
        const sent = await new TestClient(ctx.app).post(link, {
          "current:q1": String((i % 5) + 1),
          "current:q2": i % 2 ? "dk" : "5",
        });
        expect(sent.status).toBe(200);
      }
      i++;
    }
    const twice = await client.post(firstLink, { "current:q1": "3" });
    await expectConflict(twice, ["al ingevuld"]);
    expect(firstEmail).toBeTruthy();

    // Live rates: the total, and a stratum's share only from the threshold on.
    const rates = await (await editor.get(`/panel/beheer/${surveyId}`)).text();
    expect(rates).toContain("8 van 9 uitgenodigde ouders");
    expect(rates).toContain("minder dan 5 antwoorden");

    // Reminders go only to who has not answered, once per round.
    const round = await startReminders(deps(), surveyId);
    expect(round.ok).toBe(true);
    expect(await runReminders(deps(), { surveyId, round: 1 })).toBe(1);
    expect(await runReminders(deps(), { surveyId, round: 1 })).toBe(0);

    // Closing: responses without any member, ballots and keys gone.
    const closed = await closeSurvey(deps(), surveyId);
    expect(closed.ok && closed.responses).toBe(8);
    const responses = await ctx.database.db.select().from(panelResponses).where(eq(panelResponses.surveyId, surveyId));
    const memberIds = (await ctx.database.db.select({ id: panelMembers.id }).from(panelMembers)).map((m) => m.id);
    const invitationIds = (await ctx.database.db.select({ id: panelInvitations.id }).from(panelInvitations)).map(
      (r) => r.id,
    );
    for (const response of responses) {
      const values = JSON.stringify(response);
      for (const id of [...memberIds, ...invitationIds]) expect(values).not.toContain(id);
    }
    expect(Object.keys(responses[0]!).sort()).toEqual(["answers", "id", "schoolType", "surveyId"]);
    expect(await ctx.database.db.$count(panelBallots)).toBe(0);
    const [after] = await ctx.database.db.select().from(panelSurveys).where(eq(panelSurveys.id, surveyId));
    expect(after?.ballotKey).toBeNull();
    expect(await ctx.database.db.$count(panelInvitations, sql`${panelInvitations.sealedToken} is not null`)).toBe(0);
    // 5 primary and 3 secondary: secondary is too few, so primary is hidden too (8 − 5 = 3).
    expect(responses.every((r) => r.schoolType === null)).toBe(true);
    expect(after?.cells).toEqual({ all: 8 });
    // No answer after closing.
    const [, lastLink] = [...links][8]!;
    expect((await new TestClient(ctx.app).post(lastLink, { "current:q1": "3" })).status).toBe(409);

    // Published: the report shows the whole group's figures, no school type, a chart with a table, and a PDF.
    expect((await new TestClient(ctx.app).get(`/panel/rapporten/${surveyId}`)).status).toBe(404);
    expect((await editor.post(`/panel/beheer/${surveyId}/publiceren`, { year: "twee" })).status).toBe(422);
    expect((await editor.post(`/panel/beheer/${surveyId}/publiceren`, { year: "2026" })).status).toBe(303);
    const [published] = await ctx.database.db
      .select()
      .from(platformAuditLog)
      .where(eq(platformAuditLog.entityId, surveyId));
    expect(published).toMatchObject({ action: "publish", entity: "panel_survey", detail: "2026" });
    const report = await (await new TestClient(ctx.app).get(`/panel/rapporten/${surveyId}`)).text();
    expect(report).toContain("Ik voel me welkom op school.");
    expect(report).toContain("<svg");
    expect(report).toContain("Alle ouders");
    expect(report).not.toContain("Voortgezet onderwijs");
    expect(report).not.toContain("Basisschool");
    const pdf = await new TestClient(ctx.app).get(`/panel/rapporten/${surveyId}/pdf`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const texts = (await pdfTexts(Buffer.from(await pdf.arrayBuffer()))).join(" ");
    expect(texts).toContain("Contact met school");
    const year = await (await new TestClient(ctx.app).get("/panel/rapporten?jaar=2026")).text();
    expect(year).toContain("Contact met school");
  });

  it("shows no figures for a survey with fewer respondents than the threshold", async () => {
    const emails = await addMembers(4, "drenthe", "special", "d");
    const { editor, surveyId } = await invitedSurvey("Kleine peiling", "drenthe", "special");
    for (const email of emails) {
      const link = await mailedPath(ctx, email, /http\S+\/panel\/p\/\S+/);
      await new TestClient(ctx.app).post(link, { "current:q1": "5" });
    }
    await closeSurvey(deps(), surveyId);
    const responses = await ctx.database.db.select().from(panelResponses).where(eq(panelResponses.surveyId, surveyId));
    expect(responses).toHaveLength(4);
    expect(responses.every((r) => r.answers === null)).toBe(true);
    await editor.post(`/panel/beheer/${surveyId}/publiceren`, { year: "2026" });
    const report = await (await new TestClient(ctx.app).get(`/panel/rapporten/${surveyId}`)).text();
    expect(report).toContain("Minder dan 5 ouders antwoordden");
    expect(report).not.toContain("<svg");
  });

  it("keeps a leaver's past answers anonymous and stops their open link", async () => {
    const emails = await addMembers(6, "flevoland", "daycare", "f");
    const { surveyId } = await invitedSurvey("Opvang", "flevoland", "daycare");
    const answered = await mailedPath(ctx, emails[0]!, /http\S+\/panel\/p\/\S+/);
    await new TestClient(ctx.app).post(answered, { "current:q1": "4" });
    const unanswered = await mailedPath(ctx, emails[1]!, /http\S+\/panel\/p\/\S+/);
    for (const email of emails.slice(0, 2)) {
      const [row] = await ctx.database.db.select().from(panelMembers).where(eq(panelMembers.email, email));
      await leavePanel(ctx.database.db, row!.id);
    }
    expect(
      await ctx.database.db.$count(panelMembers, sql`${panelMembers.email} in (${emails[0]!}, ${emails[1]!})`),
    ).toBe(0);
    expect(await ctx.database.db.$count(panelBallots, eq(panelBallots.surveyId, surveyId))).toBe(1);
    expect(
      await ctx.database.db.$count(
        panelInvitations,
        sql`${panelInvitations.surveyId} = ${surveyId} and ${panelInvitations.memberId} is null`,
      ),
    ).toBe(2);
    expect((await new TestClient(ctx.app).post(unanswered, { "current:q1": "4" })).status).toBe(403);
    expect(unanswered).toBeTruthy();
  });
});
