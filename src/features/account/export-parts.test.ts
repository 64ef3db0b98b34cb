/**
 * A person's data export holds their conversations, measurement invitations (never answers),
 * messages written and received, uploaded files, family and settings, each made through the
 * pages as the person would; and a teacher's holds their own notes, not what the parent wrote.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { signIn, useTestContext, type TestClient } from "../../../tests/helpers/app.js";
import { pdf } from "../../attachments/testing/files.js";
import { createConversationSchool, type ConversationSchool } from "../conversations/testing/fixtures.js";
import { bookedConversation } from "../conversations/testing/preparation-fixtures.js";
import { createMeasurementAs, runQueuedInvitations } from "../measurements/testing.js";
import { withoutQuietHours } from "../messages/testing/fixtures.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();
let school: ConversationSchool;
let parent: TestClient;
let teacher: TestClient;

const answers = (text: string) => ({ goesWell: text, hard: "", need: "", canDo: "", ask: "" });

interface Exported {
  account: Record<string, unknown>;
  organisations: { data: Record<string, Record<string, unknown>> }[];
}

async function exportOf(client: TestClient) {
  const response = await client.get("/account/export.json");
  const text = await expectPage(response);
  const json = JSON.parse(text) as Exported;
  return { text, account: json.account, data: json.organisations[0]!.data };
}

beforeAll(async () => {
  school = await createConversationSchool(ctx.database.db);
  await withoutQuietHours(ctx, school);
  const booked = await bookedConversation(ctx, school);
  parent = booked.parent;
  expect((await parent.post(`${booked.base}/prepare/parent`, answers("Lezen gaat thuis goed"))).status).toBe(303);
  teacher = await signIn(ctx, school.teacher.email);
  const note = { ...answers("Werkt goed samen"), note: "Alleen voor de leraar" };
  expect((await teacher.post(`${booked.base}/prepare/teacher`, note)).status).toBe(303);

  const toParents = { pupilId: school.child.id, subject: "Luizen", body: "Wilt u kammen?" };
  expect((await teacher.post("/messages", toParents)).status).toBe(303);
  const form = new FormData();
  form.set("pupilId", school.child.id);
  form.set("subject", "Ziek");
  form.set("body", "Sem is ziek vandaag.");
  form.set("files", new Blob([new Uint8Array(pdf)], { type: "application/pdf" }), "doktersbrief.pdf");
  expect((await parent.postMultipart("/messages", form)).status).toBe(303);

  const leader = await signIn(ctx, school.leader.email);
  await runQueuedInvitations(ctx, await createMeasurementAs(leader, { title: "Nulmeting export" }));
});

describe("a parent's data export", () => {
  it("holds their booking, their own preparation and none of the teacher's", async () => {
    const { text, data } = await exportOf(parent);
    const conversations = data.conversations as {
      bookings: unknown[];
      preparations: { voice: string; answers: Record<string, string> }[];
    };
    expect(conversations.bookings).toHaveLength(1);
    expect(conversations.preparations).toMatchObject([
      { voice: "parent", answers: { goesWell: "Lezen gaat thuis goed" } },
    ]);
    expect(text).not.toContain("Werkt goed samen");
    expect(text).not.toContain("Alleen voor de leraar");
  });

  it("holds the messages they wrote and those the school wrote to them, and their file with its address", async () => {
    const { data } = await exportOf(parent);
    const messages = data.messages as { written: { body: string }[]; received: { body: string }[] };
    expect(messages.written.map((m) => m.body)).toEqual(["Sem is ziek vandaag."]);
    expect(messages.received.map((m) => m.body)).toEqual(["Wilt u kammen?"]);
    const [file] = data.attachments as unknown as { fileName: string; download: string }[];
    expect(file).toMatchObject({ fileName: "doktersbrief.pdf", download: expect.stringMatching(/^\/attachments\//) });
    expect((await parent.get(file!.download)).status).toBe(200);
  });

  it("holds their children and their settings", async () => {
    const { account, data } = await exportOf(parent);
    expect((data.family as unknown as { children: { name: string }[] }).children.map((c) => c.name)).toContain(
      "Kind Eigen",
    );
    expect(account.notificationSettings).toMatchObject({ digestHour: expect.any(Number) });
    expect(account.secondFactors).toMatchObject({ passkeys: [], authenticatorApp: false });
  });
});

describe("a teacher's data export", () => {
  it("holds their private note and preparation, not the parent's words", async () => {
    const { text, data } = await exportOf(teacher);
    const conversations = data.conversations as { privateNotes: { note: string }[]; preparations: { voice: string }[] };
    expect(conversations.privateNotes.map((n) => n.note)).toEqual(["Alleen voor de leraar"]);
    expect(conversations.preparations.map((p) => p.voice)).toEqual(["teacher"]);
    expect(text).not.toContain("Lezen gaat thuis goed");
    expect(text).not.toContain("Sem is ziek vandaag.");
    const messages = data.messages as { written: { body: string }[]; received: unknown[] };
    expect(messages.written.map((m) => m.body)).toEqual(["Wilt u kammen?"]);
    expect(messages.received).toEqual([]);
  });

  it("lists the questionnaire they were invited to and whether they answered, and says answers are not there", async () => {
    const { data } = await exportOf(teacher);
    const measurements = data.measurements as { note: string; invitations: Record<string, unknown>[] };
    expect(measurements.invitations).toMatchObject([{ measurement: "Nulmeting export", responded: false }]);
    expect(Object.keys(measurements.invitations[0]!)).not.toContain("answers");
    expect(measurements.note).toContain("anoniem");
  });
});
