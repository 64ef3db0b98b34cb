/**
 * Writing and publishing the plan through its pages: every change a version and an audit entry,
 * publishing shows the plan to parents and marks the trajectory's plan step done, parents respond
 * and staff answer, the idea board shows which action took an idea up. Bad input changes nothing.
 */
import { describe, expect, it } from "vitest";
import { schoolSignedIn, signIn, useTestContext, startOfBody } from "../../../tests/helpers/app.js";
import { useFixtureParts } from "../../../tests/helpers/fixture.js";
import { withOrg } from "../../db/client.js";
import { schoolToday } from "../../lib/time/school-date.js";
import { postIdeaAs, startTrajectory } from "../ideas/testing/fixtures.js";
import { activeTrajectory, recordOf, trajectoryState } from "../trajectory/index.js";
import { addMember } from "../trajectory/testing/fixtures.js";
import { planPublication } from "./index.js";
import {
  actionForm,
  actionRows,
  addActionAs,
  inDays,
  planAudit,
  planRowOf,
  responseRows,
  versionsOf,
} from "./testing/fixtures.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();
const { school, leader, teacher, parent, advisor } = useFixtureParts(async () => {
  const signedIn = await schoolSignedIn(ctx);
  await startTrajectory(ctx, signedIn.school);
  const advisorUser = await addMember(ctx, signedIn.school.orgId, "advisor", "Adviseur");
  return { ...signedIn, advisor: await signIn(ctx, advisorUser.email) };
});

const phaseFacts = () =>
  withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => {
    const trajectory = await activeTrajectory(tx, school.orgId);
    return {
      record: await recordOf(tx, trajectory!),
      publication: await planPublication(tx, school.orgId, trajectory!.id),
    };
  });

describe("before anything is published", () => {
  it("prints the fresh draft, before its first change, from the plan page's links", async () => {
    const page = await expectPage(await leader.get("/plan"), ['href="/plan/print"', 'href="/plan/plan.pdf"']);
    expect(page).toContain("Afdrukken");
    await expectPage(await leader.get("/plan/print"), [
      "Concept: nog niet gepubliceerd.",
      "Er is nog geen visie geschreven.",
    ]);
    const pdf = await teacher.get("/plan/plan.pdf");
    expect([pdf.status, pdf.headers.get("content-type")]).toEqual([200, "application/pdf"]);
    expect((await parent.get("/plan/print")).status).toBe(404);
  });

  it("refuses bad input with a message and changes nothing", async () => {
    await expectRefused(await leader.post("/plan/actions", actionForm({ title: " " })), ["Geef de actie een titel."]);
    await expectRefused(await leader.post("/plan/actions", actionForm({ dueOn: inDays(-1) })), [
      "Een nieuwe datum kan niet in het verleden liggen.",
    ]);
    // Every problem at once, so the form needs sending only once more.
    await expectRefused(await leader.post("/plan/actions", actionForm({ title: " ", dueOn: inDays(-1) })), [
      "Geef de actie een titel.",
      "Een nieuwe datum kan niet in het verleden liggen.",
    ]);
    const empty = await leader.post("/plan/publish");
    await expectConflict(empty, ["Het plan is nog leeg."]);
    expect(await actionRows(ctx, school.orgId)).toEqual([]);
    expect(await versionsOf(ctx, school.orgId)).toEqual([]);
  });

  it("refuses a parent's response while the plan is unpublished", async () => {
    const actionId = await addActionAs(ctx, school.orgId, leader, { title: "Inloopochtend" });
    const response = await parent.post("/plan/for-parents/responses", {
      subject: "action",
      subjectId: actionId,
      [`body-${actionId}`]: "Goed plan",
    });
    await expectConflict(response, ["Het plan is nog niet gepubliceerd."]);
    expect(await responseRows(ctx, school.orgId)).toEqual([]);
    expect(await (await parent.get("/plan/for-parents")).text()).toContain("nog niet gepubliceerd");
    expect((await parent.get("/plan/print")).status).toBe(404);
  });

  it("lets only the leader and coordinator write; staff and the advisor read; parents not the draft", async () => {
    expect((await teacher.get("/plan")).status).toBe(200);
    expect((await advisor.get("/plan")).status).toBe(200);
    expect((await parent.get("/plan")).status).toBe(403);
    expect((await teacher.post("/plan/vision", { vision: "Van de leraar" })).status).toBe(403);
    expect((await advisor.post("/plan/vision", { vision: "Van de adviseur" })).status).toBe(403);
    expect((await parent.post("/plan/actions", actionForm({ title: "Van een ouder" }))).status).toBe(403);
    expect((await advisor.post("/plan/publish")).status).toBe(403);
    expect((await planRowOf(ctx, school.orgId))?.vision).toBe("");
  });
});

describe("writing, publishing and responding", () => {
  it("records every change as a version, publishes, and the trajectory's plan step follows", async () => {
    const ideaId = await postIdeaAs(parent, { body: "Een ouderpanel per groep", domain: "information" });
    expect((await leader.post("/plan/vision", { vision: "Ouders zijn welkom." })).status).toBe(303);
    expect(
      (await leader.post("/plan/goals", { domain: "information", title: "Ouders horen het op tijd" })).status,
    ).toBe(303);
    const actionId = await addActionAs(ctx, school.orgId, leader, {
      title: "Ouderpanel opzetten",
      domain: "information",
      owner: "school",
      ideas: ideaId,
    });
    expect((await versionsOf(ctx, school.orgId)).map((v) => v.change)).toEqual([
      "actionAdded",
      "vision",
      "goalAdded",
      "actionAdded",
    ]);
    expect((await phaseFacts()).record.facts.planPublishedOn).toBeNull();

    expect((await leader.post("/plan/publish")).status).toBe(303);
    const again = await leader.post("/plan/publish");
    expect(again.status).toBe(409);
    const { record, publication } = await phaseFacts();
    expect(record.facts.planPublishedOn).toBe(schoolToday());
    expect(publication).toMatchObject({ firstPublishedOn: schoolToday(), version: 4 });
    expect(trajectoryState(record.facts, schoolToday()).steps.find((s) => s.step === "plan")).toMatchObject({
      state: "done",
    });

    const page = await (await parent.get("/plan/for-parents")).text();
    expect(page).toContain("Ouderpanel opzetten");
    expect(page).toContain("Ouders zijn welkom.");
    expect(page).toContain("Een ouderpanel per groep");
    const board = await (await parent.get("/ideas")).text();
    expect(board).toContain("In het plan: Ouderpanel opzetten (Gepland)");

    // A change moving the date into the past and emptying the title hears of both at once.
    await expectRefused(
      await leader.post(`/plan/actions/${actionId}`, actionForm({ title: "", dueOn: inDays(-1), ideas: ideaId })),
      ["Geef de actie een titel.", "Een nieuwe datum kan niet in het verleden liggen."],
    );
    // A later change is not shown to parents until published again.
    const changed = await leader.post(
      `/plan/actions/${actionId}`,
      actionForm({
        title: "Ouderpanel opzetten",
        domain: "information",
        owner: "school",
        status: "underway",
        ideas: ideaId,
      }),
    );
    expect(changed.status, await changed.clone().text()).toBe(303);
    expect(await (await parent.get("/ideas")).text()).toContain("In het plan: Ouderpanel opzetten (Gepland)");
    expect(await (await leader.get("/plan")).text()).toContain("Het plan is veranderd na de laatste publicatie.");

    expect((await planAudit(ctx, school.orgId)).map((e) => `${e.action} ${e.entity}`)).toEqual(
      expect.arrayContaining([
        "update plan",
        "create plan_goal",
        "create plan_action",
        "publish plan",
        "update plan_action",
      ]),
    );
  });

  it("lets a parent respond to a published action and the leader answer; the parent reads the answer", async () => {
    const [action] = (await actionRows(ctx, school.orgId)).filter((a) => a.title === "Ouderpanel opzetten");
    const empty = await parent.post("/plan/for-parents/responses", {
      subject: "action",
      subjectId: action!.id,
      [`body-${action!.id}`]: "  ",
    });
    expect(empty.status).toBe(422);
    // On a phone the form may be far down the page: the page comes back at the form (the fragment
    // of its action, also without a script), which opens with a summary linking to the field.
    const again = await empty.text();
    const at = `respond-action-${action!.id}`;
    expect(again).toContain(`action="/plan/for-parents/responses#${at}"`);
    const form = new RegExp(`<details id="${at}" open="">[^]*?</details>`).exec(again)?.[0] ?? "";
    expect(form).toMatch(
      new RegExp(`class="error-summary"[^]*<a href="#field-body-${action!.id}">Uw reactie: schrijf uw reactie.</a>`),
    );
    const sent = await parent.post("/plan/for-parents/responses", {
      subject: "action",
      subjectId: action!.id,
      [`body-${action!.id}`]: "Ik doe graag mee",
    });
    expect(sent.status).toBe(303);
    const [response] = await responseRows(ctx, school.orgId);
    expect(response).toMatchObject({ body: "Ik doe graag mee", authorId: school.parent.id, answer: null });
    expect(await (await leader.get("/plan/responses")).text()).toContain("Ik doe graag mee");
    expect(
      (await teacher.post(`/plan/responses/${response!.id}/answer`, { [`answer-${response!.id}`]: "Nee" })).status,
    ).toBe(403);
    expect(
      (await parent.post(`/plan/responses/${response!.id}/answer`, { [`answer-${response!.id}`]: "Nee" })).status,
    ).toBe(403);
    const answered = await leader.post(`/plan/responses/${response!.id}/answer`, {
      [`answer-${response!.id}`]: "Fijn, we nemen contact op.",
    });
    expect(answered.status).toBe(303);
    expect(await (await parent.get("/plan/for-parents")).text()).toContain("Fijn, we nemen contact op.");
  });

  it("shows the history and compares two versions as added and removed lines", async () => {
    const history = await (await leader.get("/plan/history")).text();
    expect(history).toContain("Actie toegevoegd: Ouderpanel opzetten");
    expect(history).toContain("deze versie zien ouders");
    const versions = await versionsOf(ctx, school.orgId);
    const last = versions.at(-1)!.version;
    const compare = await leader.get(`/plan/compare?from=${last - 1}&to=${last}`);
    const text = await expectPage(compare);
    expect(text).toMatch(/<del>.*Gepland/s);
    expect(text).toMatch(/<ins>.*Bezig/s);
    expect((await leader.get(`/plan/compare?from=1&to=${last + 5}`)).status).toBe(404);
    expect((await parent.get("/plan/history")).status).toBe(403);
  });

  it("says so when the vision is emptied, and keeps the earlier one in the history", async () => {
    await leader.post("/plan/vision", { vision: "Samen met ouders, voor elk kind." });
    const emptied = await leader.post("/plan/vision", { vision: "" });
    expect(emptied.status).toBe(303);
    const page = await (await leader.get("/plan")).text();
    expect(page).toContain("De visie is weggehaald. De vorige staat in de geschiedenis van het plan.");
    expect(page).not.toContain("De visie is opgeslagen.");
    await leader.post("/plan/vision", { vision: "Ouders zijn welkom." });
  });

  it("prints the published plan and makes a PDF of it", async () => {
    const print = await parent.get("/plan/print");
    await expectPage(print, ["Ouderpanel opzetten"]);
    const pdf = await parent.get("/plan/plan.pdf");
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(await startOfBody(pdf)).toBe("%PDF-");
  });
});
