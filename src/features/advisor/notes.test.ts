import { and, eq } from "drizzle-orm";
import { orgRows } from "../../../tests/helpers/org-rows.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signIn, type TestClient, type TestContext } from "../../../tests/helpers/app.js";
import { createUser, unique } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { advisorNotes, auditLog, trajectorySessions } from "../../db/schema/index.js";
import { schoolWith } from "./testing/fixtures.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/** Every note of the organisation as this person's transaction sees them (row-level security). */
function notesSeenBy(orgId: string, userId: string | null) {
  return withOrg(ctx.database.db, { orgId, userId }, (tx) =>
    tx.select({ body: advisorNotes.body }).from(advisorNotes).where(eq(advisorNotes.orgId, orgId)),
  );
}

async function sessionOf(orgId: string) {
  const [session] = await orgRows(ctx.database.db, trajectorySessions, orgId);
  return session!;
}

/** An advisor working in the organisation now. */
async function advisorIn(orgId: string, email: string): Promise<TestClient> {
  const client = await signIn(ctx, email);
  await client.post("/home/organisation", { orgId });
  return client;
}

async function setting() {
  const advisor = await createUser(ctx.database.db, { name: "Petra Adviseur" });
  const colleague = await createUser(ctx.database.db, { name: "Karel Adviseur" });
  const school = await schoolWith(ctx, {
    name: `Noten ${unique()}`,
    advisorIds: [advisor.id, colleague.id],
    trajectory: { sessions: [{ status: "planned", heldOn: null, topic: "Wie willen we zijn?" }] },
  });
  return { advisor, colleague, school, client: await advisorIn(school.orgId, advisor.email) };
}

describe("advisor notes", () => {
  it("keeps a note to its writer until shared, then shows it to staff on the trajectory page", async () => {
    const { advisor, colleague, school, client } = await setting();
    const session = await sessionOf(school.orgId);
    const privateNote = `Privé ${unique()}`;
    const sharedNote = `Gedeeld ${unique()}`;
    expect((await client.post("/advisor/notes", { body: privateNote, sessionId: session.id })).status).toBe(303);
    expect((await client.post("/advisor/notes", { body: sharedNote, sessionId: "", shared: "on" })).status).toBe(303);
    const own = await (await client.get("/advisor/notes")).text();
    expect(own).toContain(privateNote);
    expect(own).toContain("Bijeenkomst: Wie willen we zijn?");

    // Staff: the page shows only the shared one, and so does the database.
    const leader = await signIn(ctx, school.leader.email);
    const timeline = await (await leader.get("/trajectory")).text();
    expect(timeline).toContain(sharedNote);
    expect(timeline).toContain("Van de adviseur");
    expect(timeline).not.toContain(privateNote);
    expect((await notesSeenBy(school.orgId, school.leader.id)).map((n) => n.body)).toEqual([sharedNote]);
    expect((await notesSeenBy(school.orgId, null)).map((n) => n.body)).toEqual([sharedNote]);
    // Another advisor of the same school neither.
    expect((await notesSeenBy(school.orgId, colleague.id)).map((n) => n.body)).toEqual([sharedNote]);
    const colleagueClient = await advisorIn(school.orgId, colleague.email);
    expect(await (await colleagueClient.get("/advisor/notes")).text()).not.toContain(privateNote);
    expect((await notesSeenBy(school.orgId, advisor.id)).map((n) => n.body).sort()).toEqual(
      [privateNote, sharedNote].sort(),
    );

    // Sharing and taking back.
    const [note] = await withOrg(ctx.database.db, { orgId: school.orgId, userId: advisor.id }, (tx) =>
      tx.select().from(advisorNotes).where(eq(advisorNotes.body, privateNote)),
    );
    expect((await client.post(`/advisor/notes/${note!.id}/sharing`, { shared: "on" })).status).toBe(303);
    expect(await (await leader.get("/trajectory")).text()).toContain(privateNote);
    expect((await client.post(`/advisor/notes/${note!.id}/sharing`, {})).status).toBe(303);
    expect(await (await leader.get("/trajectory")).text()).not.toContain(privateNote);
    const audit = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select({ action: auditLog.action, detail: auditLog.detail })
        .from(auditLog)
        .where(and(eq(auditLog.orgId, school.orgId), eq(auditLog.entity, "advisor_note"))),
    );
    expect(audit.map((a) => a.detail)).toEqual(["private", "shared", "shared", "private"]);
  });

  it("lets no one else change or delete a note, not even another advisor or a leader through the database", async () => {
    const { advisor, colleague, school, client } = await setting();
    await client.post("/advisor/notes", { body: "Alleen van mij", sessionId: "" });
    const [note] = await notesOf(school.orgId, advisor.id);
    const colleagueClient = await advisorIn(school.orgId, colleague.email);
    expect((await colleagueClient.post(`/advisor/notes/${note!.id}/delete`)).status).toBe(404);
    expect((await colleagueClient.post(`/advisor/notes/${note!.id}/sharing`, { shared: "on" })).status).toBe(404);
    const leaderClient = await signIn(ctx, school.leader.email);
    expect((await leaderClient.post(`/advisor/notes/${note!.id}/delete`)).status).toBe(403);
    const removed = await withOrg(ctx.database.db, { orgId: school.orgId, userId: school.leader.id }, (tx) =>
      tx.delete(advisorNotes).where(eq(advisorNotes.orgId, school.orgId)).returning(),
    );
    expect(removed).toEqual([]);
    expect(await notesOf(school.orgId, advisor.id)).toHaveLength(1);
    expect((await client.post(`/advisor/notes/${note!.id}/delete`)).status).toBe(303);
    expect(await notesOf(school.orgId, advisor.id)).toEqual([]);
  });

  it("refuses an empty note and a note about another organisation's session, and changes nothing", async () => {
    const { advisor, school, client } = await setting();
    const other = await schoolWith(ctx, {
      name: `Ander ${unique()}`,
      advisorIds: [advisor.id],
      trajectory: { sessions: [{ status: "planned", heldOn: null }] },
    });
    const empty = await client.post("/advisor/notes", { body: " \u200b ", sessionId: "" });
    await expectRefused(empty, ["Schrijf een notitie."]);
    const foreign = await client.post("/advisor/notes", {
      body: "Over de ander",
      sessionId: (await sessionOf(other.orgId)).id,
    });
    await expectRefused(foreign, ["Kies een bijeenkomst van deze organisatie."]);
    const malformed = await client.post("/advisor/notes", { body: "Over niets", sessionId: "geen-id" });
    expect(malformed.status).toBe(422);
    expect(await notesOf(school.orgId, advisor.id)).toEqual([]);
    expect(await notesOf(other.orgId, advisor.id)).toEqual([]);
  });

  it("is for advisors of the organisation only, and deletes the notes when the invitation ends", async () => {
    const { advisor, school, client } = await setting();
    await client.post("/advisor/notes", { body: "Tot ziens", sessionId: "", shared: "on" });
    const teacher = await signIn(ctx, school.teacher.email);
    expect((await teacher.get("/advisor/notes")).status).toBe(403);
    const leader = await signIn(ctx, school.leader.email);
    expect((await leader.post(`/organisation/advisors/${advisor.id}/remove`)).status).toBe(303);
    expect(await notesOf(school.orgId, advisor.id)).toEqual([]);
    expect(await notesSeenBy(school.orgId, null)).toEqual([]);
    expect((await client.get("/advisor/notes")).status).toBe(403);
  });
});

function notesOf(orgId: string, advisorId: string) {
  return withOrg(ctx.database.db, { orgId, userId: advisorId }, (tx) =>
    tx
      .select()
      .from(advisorNotes)
      .where(and(eq(advisorNotes.orgId, orgId), eq(advisorNotes.advisorId, advisorId))),
  );
}
