/**
 * Deleting a post: its author or a manager, after a confirmation page that works without
 * JavaScript; another teacher is refused with nothing changed. The post's reactions, read marks,
 * reports and attachments go with it, one audit entry stays, and a fan-out that runs afterwards
 * mails nobody. And an answer to a parent's question is mailed with the post's title in the
 * parent's language when the post has a translation.
 */
import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { jobDeps, lastMailTo, useTestContext } from "../../../tests/helpers/app.js";
import { useFixtureParts } from "../../../tests/helpers/fixture.js";
import { pdf } from "../../attachments/testing/files.js";
import { withOrg } from "../../db/client.js";
import {
  attachments,
  auditLog,
  moderationReports,
  newsReactions,
  newsReads,
  outbox,
  users,
} from "../../db/schema/index.js";
import { fanOutPost } from "./service/fanout.js";
import { postNewsAs, schoolWithAnotherParent } from "./testing/fixtures.js";

const ctx = useTestContext();
const {
  school,
  leader,
  teacher,
  parent,
  another: neighbour,
} = useFixtureParts(() => schoolWithAnotherParent(ctx, "groupA"));

/** What is left of a post in the database. */
const remains = (postId: string) =>
  withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => ({
    reactions: await tx.select().from(newsReactions).where(eq(newsReactions.postId, postId)),
    reads: await tx.select().from(newsReads).where(eq(newsReads.postId, postId)),
    attachments: await tx.select().from(attachments).where(eq(attachments.ownerId, postId)),
    audit: await tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "news_post"), eq(auditLog.entityId, postId))),
  }));

describe("deleting a post", () => {
  it("asks first, refuses another teacher, and takes the reactions, reads, reports and files with it", async () => {
    const postId = await postNewsAs(
      leader,
      { title: "Luizenpluis", audience: "groups", groupIds: [school.groupA.id] },
      [["rooster.pdf", pdf]],
    );
    expect((await parent.get(`/news/${postId}`)).status).toBe(200);
    expect((await parent.post(`/news/${postId}/reactions`, { kind: "question", body: "Wanneer?" })).status).toBe(303);
    const [reaction] = (await remains(postId)).reactions;
    expect(
      (await neighbour.post(`/news/${postId}/reactions/${reaction!.id}/report`, { reason: "Klopt niet" })).status,
    ).toBe(303);
    const [file] = (await remains(postId)).attachments;

    expect((await teacher.get(`/news/${postId}/delete`)).status).toBe(403);
    expect((await teacher.post(`/news/${postId}/delete`)).status).toBe(403);
    expect((await parent.post(`/news/${postId}/delete`)).status).toBe(403);
    expect((await parent.get(`/news/${postId}`)).status).toBe(200);

    expect(await (await leader.get(`/news/${postId}`)).text()).toContain(`href="/news/${postId}/delete"`);
    const confirm = await (await leader.get(`/news/${postId}/delete`)).text();
    expect(confirm).toContain("Luizenpluis");
    expect(confirm).toContain("Dit kunt u niet ongedaan maken.");
    expect(confirm).toContain(`action="/news/${postId}/delete"`);
    const deleted = await leader.post(`/news/${postId}/delete`);
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get("location")).toBe("/news");

    expect((await parent.get(`/news/${postId}`)).status).toBe(404);
    expect((await parent.get(`/attachments/${file!.id}`)).status).toBe(404);
    expect(await (await parent.get("/news")).text()).not.toContain("Luizenpluis");
    expect(await (await leader.get("/news")).text()).not.toContain("Wanneer?");
    const left = await remains(postId);
    expect([left.reactions, left.reads, left.attachments]).toEqual([[], [], []]);
    const reports = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(moderationReports).where(eq(moderationReports.contentId, reaction!.id)),
    );
    expect(reports).toEqual([]);
    expect(left.audit.map((entry) => [entry.action, entry.detail])).toEqual([["delete", "Luizenpluis"]]);
    expect((await leader.post(`/news/${postId}/delete`)).status).toBe(404);
  });

  it("lets a teacher delete their own post; a fan-out that runs afterwards mails nobody", async () => {
    const postId = await postNewsAs(teacher, {
      title: "Gymles verplaatst",
      audience: "groups",
      groupIds: [school.groupA.id],
    });
    expect((await teacher.post(`/news/${postId}/delete`)).status).toBe(303);
    await fanOutPost(jobDeps(ctx), school.orgId, postId);
    expect(await ctx.database.db.select().from(outbox).where(like(outbox.subject, "%Gymles verplaatst%"))).toEqual([]);
  });
});

describe("an answer to a parent's question", () => {
  it("is mailed with the post's title in the parent's language when it was translated", async () => {
    const postId = await postNewsAs(leader, { title: "Sportdag", audience: "groups", groupIds: [school.groupA.id] });
    expect(
      (await leader.post(`/news/${postId}/translation`, { locale: "en", title: "Sports day", body: "Come along." }))
        .status,
    ).toBe(303);
    await ctx.database.db.update(users).set({ locale: "en" }).where(eq(users.email, school.parent.email));
    expect((await parent.post(`/news/${postId}/reactions`, { kind: "question", body: "What time?" })).status).toBe(303);
    const [question] = (await remains(postId)).reactions;
    expect(
      (await teacher.post(`/news/${postId}/reactions/${question!.id}/answer`, { answer: "At half past eight." }))
        .status,
    ).toBe(303);
    const mail = await lastMailTo(ctx, school.parent.email);
    expect(mail?.subject).toBe("An answer to your reaction to “Sports day”");
    expect(mail?.text).toContain("At half past eight.");

    // A parent reading Dutch gets the Dutch title.
    expect((await neighbour.post(`/news/${postId}/reactions`, { kind: "question", body: "Waar?" })).status).toBe(303);
    const second = (await remains(postId)).reactions.find((r) => r.body === "Waar?")!;
    await teacher.post(`/news/${postId}/reactions/${second.id}/answer`, { answer: "Op het veld." });
    const dutch = await ctx.database.db.select().from(outbox).where(like(outbox.subject, "Antwoord op uw reactie%"));
    expect(dutch.map((m) => m.subject)).toContain("Antwoord op uw reactie bij “Sportdag”");
  });
});
