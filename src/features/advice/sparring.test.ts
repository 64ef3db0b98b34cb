import { and, eq } from "drizzle-orm";
import { orgRows } from "../../../tests/helpers/org-rows.js";
import { describe, expect, it } from "vitest";
import { lastMailTo, signIn, type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool, unique } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { memberships, sparringMessages, sparringRequests } from "../../db/schema/index.js";
import { advisorOf } from "./testing/fixtures.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();

async function requestsOf(orgId: string) {
  return orgRows(ctx.database.db, sparringRequests, orgId);
}

async function schoolWithAdvisor() {
  const name = `Sparschool ${unique()}`;
  const school = { ...(await createSchool(ctx.database.db, { name })), name };
  const advisor = await advisorOf(ctx, school.orgId);
  return { school, advisor, leader: await signIn(ctx, school.leader.email) };
}

function idOf(response: Response): string {
  return response.headers.get("location")!.split("/").at(-1)!;
}

describe("sparring requests", () => {
  it("a school leader asks, the advisor answers by mail from the app, and the school sees the thread", async () => {
    const { school, advisor, leader } = await schoolWithAdvisor();
    const asked = await leader.post("/advice/sparring", {
      question: "Hoe betrekken we vaders meer bij de ouderavond?",
      preferredTimes: "Dinsdagmiddag",
    });
    expect(asked.status).toBe(303);
    const requestId = idOf(asked);
    const toAdvisor = await lastMailTo(ctx, advisor.email);
    expect(toAdvisor?.subject).toContain(school.name);
    expect(toAdvisor?.text).toContain("Hoe betrekken we vaders");
    expect(toAdvisor?.text).toContain(`/advice/inbox/${requestId}`);

    const advisorClient = await signIn(ctx, advisor.email);
    const inbox = await (await advisorClient.get("/advice/inbox")).text();
    expect(inbox).toContain("Hoe betrekken we vaders");
    expect(inbox).toContain(school.name);
    expect(inbox).toContain("Nieuw");
    expect((await advisorClient.post(`/advice/inbox/${requestId}/status`, { status: "planned" })).status).toBe(303);
    const replied = await advisorClient.post(`/advice/inbox/${requestId}`, {
      body: "Graag! Zullen we dinsdag om 14.00 uur bellen?",
    });
    expect(replied.status).toBe(303);

    const toLeader = await lastMailTo(ctx, school.leader.email);
    expect(toLeader?.subject).toBe("Antwoord van uw adviseur");
    expect(toLeader?.text).toContain("dinsdag om 14.00 uur");
    const thread = await (await leader.get(`/advice/sparring/${requestId}`)).text();
    expect(thread).toContain("dinsdag om 14.00 uur");
    expect(thread).toContain("Status: Gepland");
    expect((await leader.post(`/advice/sparring/${requestId}`, { body: "Prima, tot dinsdag." })).status).toBe(303);
    expect((await lastMailTo(ctx, advisor.email))?.text).toContain("Prima, tot dinsdag.");
  });

  it("keeps a school's requests from other schools, teachers, and advisors of other schools", async () => {
    const a = await schoolWithAdvisor();
    const b = await schoolWithAdvisor();
    const asked = await b.leader.post("/advice/sparring", {
      question: "Geheime vraag van B",
      preferredTimes: "Maandag",
    });
    const requestId = idOf(asked);
    // A's leader: not in the list, not by id, cannot write in it.
    expect(await (await a.leader.get("/advice/sparring")).text()).not.toContain("Geheime vraag van B");
    expect((await a.leader.get(`/advice/sparring/${requestId}`)).status).toBe(404);
    expect((await a.leader.post(`/advice/sparring/${requestId}`, { body: "Ingebroken" })).status).toBe(404);
    // A's advisor: not in the inbox, not by id.
    const advisorA = await signIn(ctx, a.advisor.email);
    expect(await (await advisorA.get("/advice/inbox")).text()).not.toContain("Geheime vraag van B");
    expect((await advisorA.get(`/advice/inbox/${requestId}`)).status).toBe(404);
    expect((await advisorA.post(`/advice/inbox/${requestId}`, { body: "Ingebroken" })).status).toBe(404);
    // B's teacher and parent may not ask.
    const teacher = await signIn(ctx, b.school.teacher.email);
    expect((await teacher.get("/advice/sparring")).status).toBe(403);
    const messages = await orgRows(ctx.database.db, sparringMessages, b.school.orgId);
    expect(messages).toEqual([]);
  });

  it("an advisor whose invitation ended no longer sees the school's requests", async () => {
    const { school, advisor, leader } = await schoolWithAdvisor();
    const requestId = idOf(await leader.post("/advice/sparring", { question: "Vraag", preferredTimes: "Altijd" }));
    const advisorClient: TestClient = await signIn(ctx, advisor.email);
    expect((await advisorClient.get(`/advice/inbox/${requestId}`)).status).toBe(200);
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.delete(memberships).where(and(eq(memberships.orgId, school.orgId), eq(memberships.userId, advisor.id))),
    );
    expect((await advisorClient.get(`/advice/inbox/${requestId}`)).status).toBe(403);
  });

  it("refuses bad input and a school without an advisor, with nothing stored", async () => {
    const { school, leader } = await schoolWithAdvisor();
    const empty = await leader.post("/advice/sparring", { question: "  ", preferredTimes: "x".repeat(2001) });
    await expectRefused(empty, ["Vul dit veld in.", "Dit is te lang: hoogstens 2.000 tekens."]);
    const lonely = await createSchool(ctx.database.db);
    const lonelyLeader = await signIn(ctx, lonely.leader.email);
    expect(await (await lonelyLeader.get("/advice/sparring")).text()).toContain("nog geen adviseur");
    const refused = await lonelyLeader.post("/advice/sparring", { question: "Vraag", preferredTimes: "Maandag" });
    expect(refused.status).toBe(409);
    expect(await requestsOf(school.orgId)).toEqual([]);
    expect(await requestsOf(lonely.orgId)).toEqual([]);
  });
});
