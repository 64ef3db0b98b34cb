/**
 * A parent who left the school can still download what they wrote there: their data export holds
 * the organisation they left (marked former) with their discussion posts, their answers to
 * requests for help and their network profile, and nothing of another parent.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import type { School } from "../../../tests/helpers/isolation.js";
import { depsOf } from "../measurements/testing.js";
import { auditOf, createGroupAs, joinAndAgree, startThreadAs } from "../discussions/testing/fixtures.js";
import { answerRequest, sendRequest } from "./service/requests.js";
import { addParent, removeParent, saveProfileOf } from "./testing/fixtures.js";

const ctx = useTestContext();
let school: School;

beforeAll(async () => {
  school = await createSchool(ctx.database.db);
});

describe("a parent who left", () => {
  it("still finds what they wrote there in their data export, and nothing of others", async () => {
    const leaver = await addParent(ctx, school, "A", "Vertrokken Ouder");
    const stayer = await addParent(ctx, school, "A", "Blijvende Ouder");
    await saveProfileOf(ctx, school, leaver.id, { findable: true, skills: "Schooltuin en moestuin" });
    await saveProfileOf(ctx, school, stayer.id, { findable: true, skills: "Fietsen repareren" });
    const deps = { jobs: depsOf(ctx).jobs, publicUrl: "http://localhost:3000" };
    const sent = await sendRequest({
      db: ctx.database.db,
      orgId: school.orgId,
      userId: school.leader.id,
      deps,
      body: "Wie helpt bij de moestuin?",
      userIds: [leaver.id, stayer.id],
    });
    if (!sent.ok) throw new Error("the request was refused");
    for (const userId of [leaver.id, stayer.id])
      await answerRequest({
        db: ctx.database.db,
        orgId: school.orgId,
        userId,
        requestId: sent.requestId,
        answer: "yes",
        shareEmail: false,
      });
    // The audit trail has the request and each answer, by whom.
    const trail = await auditOf(ctx, school.orgId, sent.requestId);
    expect(trail.map((e) => e.action).sort()).toEqual(["answer", "answer", "create"]);
    expect(trail.find((e) => e.action === "create")?.userId).toBe(school.leader.id);
    const leader = await signIn(ctx, school.leader.email);
    const groupId = await createGroupAs(leader, "Moestuin");
    const client = await signIn(ctx, leaver.email);
    await joinAndAgree(client, groupId);
    await startThreadAs(client, groupId, { title: "Zaaien in maart", body: "Wie heeft er zaden over?" });

    await removeParent(ctx, school, leaver.id);
    const response = await client.get("/account/export.json");
    expect(response.status).toBe(200);
    const exported = (await response.json()) as {
      organisations: { name: string; former?: boolean; roles: string[]; data: Record<string, unknown> }[];
    };
    const left = exported.organisations.find((org) => org.former);
    expect(left).toMatchObject({ roles: [], former: true });
    const text = JSON.stringify(left);
    expect(text).toContain("Schooltuin en moestuin");
    expect(text).toContain("Wie helpt bij de moestuin?");
    expect(text).toContain("Wie heeft er zaden over?");
    expect(text).not.toContain("Fietsen repareren");
    // Only the school they wrote in: they belong nowhere else now.
    expect(exported.organisations).toHaveLength(1);
  });
});
