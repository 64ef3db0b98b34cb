/**
 * A message's files count towards the writer's day's room for attachments: a new thread or a
 * reply whose files no longer fit is shown again with the reason beside the files, and nothing
 * of it is stored (the room is claimed in the transaction that stores the message).
 */
import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { pdfOfSize } from "../../attachments/testing/files.js";
import { storedMessages, withoutQuietHours } from "./testing/fixtures.js";

const ctx = useTestContext({ ATTACHMENT_DAILY_MB_PERSON: "1" });
const KB = 1024;

function messageForm(fields: Record<string, string>, size: number) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set("files", new Blob([pdfOfSize(size) as Uint8Array<ArrayBuffer>]), "brief.pdf");
  return form;
}

describe("a message's files beyond the writer's day's room", () => {
  it("are refused beside the files on a new thread and a reply, storing nothing", async () => {
    const school = await createSchool(ctx.database.db);
    await withoutQuietHours(ctx, school);
    const parent = await signIn(ctx, school.parent.email);
    const thread = { pupilId: school.child.id, subject: "Ziekmelding", body: "Zie de brief." };
    const written = await parent.postMultipart("/messages", messageForm(thread, 700 * KB));
    expect(written.status).toBe(303);
    const threadPath = written.headers.get("location")!;
    const before = await storedMessages(ctx, school);
    const quota =
      "U heeft vandaag al zoveel bestanden toegevoegd dat deze er niet meer bij passen (hoogstens 1 MB per dag).";
    await expectRefused(await parent.postMultipart("/messages", messageForm(thread, 400 * KB)), [quota]);
    const reply = messageForm({ body: "Nog een brief." }, 400 * KB);
    await expectRefused(await parent.postMultipart(`${threadPath}/posts`, reply), [quota]);
    const after = await storedMessages(ctx, school);
    expect(after.threads).toHaveLength(before.threads.length);
    expect(after.posts).toHaveLength(before.posts.length);
  });
});
