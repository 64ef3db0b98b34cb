/**
 * The demo as a new user tries it: the parent finds a message from Lotte's teacher waiting and the
 * answer to their own; both of group 7's teachers read the parent's message; the coordinator finds
 * the unanswered message about Sem among the overdue ones. And the issue's check: a parent writes
 * at 22:00 about one child; it reaches both teachers after quiet hours, and one answers.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { recordingQueue, signIn, type QueuedJob, useTestContext } from "../../../tests/helpers/app.js";
import { DEMO_ACCOUNTS, DEMO_TEACHER_GROUP_7B, loadDemo } from "../../demo/load-demo.js";
import { organisations, outbox, users } from "../../db/schema/index.js";
import { localToUtc } from "../../lib/time/zone.js";
import { deliverPost } from "./service/delivery.js";
import { reply, startThread } from "./service/posting.js";
import { withOrg } from "../../db/client.js";
import { childrenOfGuardian } from "../pupils/index.js";

const ctx = useTestContext();
beforeAll(async () => {
  await loadDemo(ctx.database.db);
});

describe("messages in the demo", () => {
  it("show the parent what waits and what is new, both teachers the parent's message, the coordinator the overdue one", async () => {
    const parent = await signIn(ctx, DEMO_ACCOUNTS.parent);
    const home = await (await parent.get("/home")).text();
    expect(home).toContain("Bericht van school over Lotte Jansen: Schoolreisje: lunchpakket");
    const list = await (await parent.get("/messages")).text();
    expect(list).toContain("Zwemles vrijdag");
    expect(list).toContain("Huiswerk rekenen");

    for (const email of [DEMO_ACCOUNTS.teacher7, DEMO_TEACHER_GROUP_7B]) {
      const teacher = await signIn(ctx, email);
      const inbox = await (await teacher.get("/messages")).text();
      expect(inbox).toContain("Zwemles vrijdag");
      expect(inbox).not.toContain("Huiswerk rekenen");
    }
    const coordinator = await signIn(ctx, DEMO_ACCOUNTS.coordinator);
    const overdue = await (await coordinator.get("/messages/overdue")).text();
    expect(overdue).toContain("Huiswerk rekenen");
    expect(overdue).toMatch(/Sem Jansen \(groep \d+\)/);
  });

  it("deliver a parent's message written at 22:00 to both teachers of the child after quiet hours; one answers", async () => {
    const db = ctx.database.db;
    const [school] = await db.select().from(organisations).where(eq(organisations.name, "Basisschool De Regenboog"));
    const people = await db.select({ id: users.id, email: users.email }).from(users);
    const idOf = (email: string) => people.find((p) => p.email === email)!.id;
    const orgId = school!.id;
    const lotte = (
      await withOrg(db, { orgId, userId: null }, (tx) => childrenOfGuardian(tx, orgId, idOf(DEMO_ACCOUNTS.parent)))
    ).find((c) => c.firstName === "Lotte")!;
    const jobs: QueuedJob[] = [];
    const messenger = { jobs: recordingQueue(jobs), publicUrl: "http://localhost:3000" };
    const as = (email: string, now: Date) => ({ db, orgId, userId: idOf(email), manager: false, now, messenger });

    const written = await startThread({
      ...as(DEMO_ACCOUNTS.parent, localToUtc("2026-12-08", "22:00")),
      pupilId: lotte.pupilId,
      subject: "Tandarts",
      body: "Lotte gaat morgen om 10:00 naar de tandarts.",
      files: [],
    });
    if (!written.ok) throw new Error(written.reason);
    const mails = () => db.select().from(outbox).where(eq(outbox.kind, "messages.fromParent"));
    expect((await mails()).filter((m) => m.subject.includes("Tandarts"))).toEqual([]);
    const job = jobs[0]!.data as { orgId: string; postId: string };
    expect(await deliverPost({ db, messenger }, job, localToUtc("2026-12-09", "07:30"))).toBe("delivered");
    const delivered = (await mails()).filter((m) => m.subject.includes("Tandarts"));
    expect(delivered.map((m) => m.to).sort()).toEqual([DEMO_ACCOUNTS.teacher7, DEMO_TEACHER_GROUP_7B].sort());
    expect(delivered[0]?.subject).toBe("Bericht over Lotte Jansen (groep 7): Tandarts");

    const answered = await reply({
      ...as(DEMO_TEACHER_GROUP_7B, localToUtc("2026-12-09", "08:05")),
      threadId: written.threadId,
      body: "Dank u, we zien haar daarna weer.",
      files: [],
    });
    expect(answered.ok).toBe(true);
    const toParent = await db.select().from(outbox).where(eq(outbox.to, DEMO_ACCOUNTS.parent));
    expect(toParent.map((m) => m.subject)).toContain("Bericht van school over Lotte: Tandarts");
  });
});
