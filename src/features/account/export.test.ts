/**
 * A person's data export holds what the trajectory's features keep about them (ideas, reactions
 * and supports; plan responses; confirmations and responses of the expectations; evening
 * sign-ups), made through the pages as a parent would, and nothing of another parent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signIn, TestClient, type TestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import type { School } from "../../../tests/helpers/isolation.js";
import { schoolDate } from "../../lib/time/school-date.js";
import { addParentOfB, postIdeaAs } from "../ideas/testing/fixtures.js";
import { publishAs } from "../expectations/testing/fixtures.js";
import { addActionAs } from "../plan/testing/fixtures.js";
import { sessionsOf, startTrajectoryAs } from "../trajectory/testing/fixtures.js";

let ctx: TestContext;
let school: School;
let parent: TestClient;
let other: TestClient;
let otherEmail: string;

const day = (offset: number) => schoolDate(new Date(Date.now() + offset * 24 * 3600 * 1000));

async function respondToPlan(client: TestClient, actionId: string, body: string) {
  const sent = await client.post("/plan/for-parents/responses", {
    subject: "action",
    subjectId: actionId,
    [`body-${actionId}`]: body,
  });
  expect(sent.status).toBe(303);
}

beforeAll(async () => {
  ctx = await createTestContext();
  school = await createSchool(ctx.database.db);
  const leader = await signIn(ctx, school.leader.email);
  await startTrajectoryAs(leader);
  parent = await signIn(ctx, school.parent.email);
  otherEmail = (await addParentOfB(ctx, school, "Tweede Ouder")).email;
  other = await signIn(ctx, otherEmail);

  const mine = await postIdeaAs(parent, { body: "Idee van de eerste ouder" });
  const theirs = await postIdeaAs(other, { body: "Idee van de tweede ouder" });
  expect((await parent.post(`/ideas/${theirs}/support`)).status).toBe(303);
  expect((await other.post(`/ideas/${mine}/reactions`, { body: "Reactie van de tweede", signAs: "name" })).status).toBe(
    303,
  );
  expect(
    (await parent.post(`/ideas/${mine}/reactions`, { body: "Reactie van de eerste", signAs: "name" })).status,
  ).toBe(303);

  const actionId = await addActionAs(ctx, school.orgId, leader, { title: "Koffieochtend" });
  expect((await leader.post("/plan/publish")).status).toBe(303);
  await respondToPlan(parent, actionId, "Planreactie van de eerste");
  await respondToPlan(other, actionId, "Planreactie van de tweede");

  await publishAs(leader, school.year.id);
  expect((await parent.post(`/expectations/${school.year.id}/confirm`)).status).toBe(303);
  expect(
    (await other.post(`/expectations/${school.year.id}/responses`, { body: "Verwachting van de tweede" })).status,
  ).toBe(303);

  await leader.post("/trajectory/sessions", { line: "parents", topic: "Ouderavond voor de export", heldOn: day(10) });
  const sessionId = (await sessionsOf(ctx, school.orgId, "parents")).find(
    (s) => s.topic === "Ouderavond voor de export",
  )!.id;
  await leader.post(`/trajectory/sessions/${sessionId}/event`, { startsAt: "19:30", endsAt: "21:00" });
  const path = `/trajectory/for-parents/sessions/${sessionId}/signup`;
  expect((await parent.post(path, { people: "2" })).status).toBe(303);
  expect((await other.post(path, { people: "3" })).status).toBe(303);
});
afterAll(() => ctx.close());

describe("a person's data export", () => {
  it("holds their ideas, reactions, supports, plan responses, confirmations and sign-ups", async () => {
    const response = await parent.get("/account/export.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const data = await response.json();
    expect(data.account.email).toBe(school.parent.email);
    expect(data.organisations).toHaveLength(1);
    const [org] = data.organisations;
    expect(org.name).toBe(school.org.name);
    expect(org.data.ideas.ideas.map((i: { body: string }) => i.body)).toEqual(["Idee van de eerste ouder"]);
    expect(org.data.ideas.reactions.map((r: { body: string }) => r.body)).toEqual(["Reactie van de eerste"]);
    expect(org.data.ideas.supports).toHaveLength(1);
    expect(org.data.planResponses.map((r: { body: string }) => r.body)).toEqual(["Planreactie van de eerste"]);
    expect(org.data.expectations.confirmations).toHaveLength(1);
    expect(org.data.expectations.responses).toEqual([]);
    expect(org.data.eventSignups).toMatchObject([{ title: "Ouderavond voor de export", people: 2 }]);
  });

  it("holds nothing of another parent", async () => {
    const text = await (await parent.get("/account/export.json")).text();
    for (const theirs of [
      "Idee van de tweede ouder",
      "Reactie van de tweede",
      "Planreactie van de tweede",
      "Verwachting van de tweede",
      "Tweede Ouder",
      otherEmail,
    ])
      expect(text).not.toContain(theirs);
    expect(text).not.toContain('"people":3');
  });

  it("is offered in plain words: one file with all their data, in a form computers read", async () => {
    for (const [locale, words] of [
      ["nl", "Download mijn gegevens in één bestand (JSON: een vorm die computers kunnen lezen)"],
      ["en", "Download my data in one file (JSON: a format computers can read)"],
    ] as const) {
      await parent.post("/language", { locale });
      expect(await (await parent.get("/account")).text()).toContain(words);
    }
    await parent.post("/language", { locale: "nl" });
  });

  it("is only for a signed-in person", async () => {
    const anonymous = await new TestClient(ctx.app).get("/account/export.json");
    expect(anonymous.status).not.toBe(200);
  });
});
