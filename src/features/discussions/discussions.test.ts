/**
 * The discussion groups as parents and the school use them: the code of conduct before the first
 * post, refusals that change nothing (not joined, empty, one's own post reported), moderation
 * with a reason the writer reads, follow mails by the person's setting, a former parent, proposals,
 * deleting and exporting what one wrote.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { lastMailTo, schoolSignedIn, signIn, useTestContext } from "../../../tests/helpers/app.js";
import { useFixtureParts } from "../../../tests/helpers/fixture.js";
import { withOrg } from "../../db/client.js";
import { discussionAgreements, discussionThreads, notificationSettings } from "../../db/schema/index.js";
import { CONDUCT_VERSION } from "./domain/conduct.js";
import {
  addParentOfB,
  auditOf,
  createGroupAs,
  joinAndAgree,
  postRows,
  removeGuardian,
  replyAs,
  startThreadAs,
} from "./testing/fixtures.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();
const { school, leader, teacher, parent, other, otherUser } = useFixtureParts(async () => {
  const signedIn = await schoolSignedIn(ctx);
  const second = await addParentOfB(ctx, signedIn.school, "Bram Bakker");
  return { ...signedIn, otherUser: second, other: await signIn(ctx, second.email) };
});
let groupId: string;
beforeAll(async () => {
  groupId = await createGroupAs(leader, "Huiswerk");
});

const textOf = async (response: Response | Promise<Response>) => (await response).text();

describe("the code of conduct", () => {
  it("is shown before the first post, refuses a post until agreed, and records the agreement once with its version and time", async () => {
    const fresh = await addParentOfB(ctx, school, "Carla Nieuw");
    const client = await signIn(ctx, fresh.email);
    expect((await client.post(`/discussions/groups/${groupId}/join`)).status).toBe(303);
    const page = await textOf(client.get(`/discussions/groups/${groupId}`));
    expect(page).toContain("Gedragscode");
    expect(page).toContain("Ik ga akkoord");
    expect(page).not.toContain("Nieuw onderwerp");

    const before = (await postRows(ctx, school.orgId)).length;
    const refused = await client.post(`/discussions/groups/${groupId}/threads`, { title: "Vraag", body: "Hallo" });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Ga eerst akkoord met de gedragscode; uw bericht is niet geplaatst.");
    expect((await postRows(ctx, school.orgId)).length).toBe(before);

    const agreed = await client.post("/discussions/conduct", {
      version: String(CONDUCT_VERSION),
      back: `/discussions/groups/${groupId}`,
    });
    expect(agreed.headers.get("location")).toBe(`/discussions/groups/${groupId}`);
    await client.post("/discussions/conduct", { version: String(CONDUCT_VERSION), back: "/discussions" });
    const rows = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(discussionAgreements)
        .where(and(eq(discussionAgreements.orgId, school.orgId), eq(discussionAgreements.userId, fresh.id))),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.version).toBe(CONDUCT_VERSION);
    expect(Date.now() - rows[0]!.agreedAt.getTime()).toBeLessThan(60_000);

    const after = await textOf(client.get(`/discussions/groups/${groupId}`));
    expect(after).not.toContain("Ik ga akkoord");
    expect(after).toContain("Nieuw onderwerp");
    await startThreadAs(client, groupId, { title: "Mijn eerste vraag" });
  });
});

describe("writing", () => {
  it("refuses a post in a group one has not joined, and an empty post, with nothing changed", async () => {
    await joinAndAgree(parent, groupId);
    const threadId = await startThreadAs(parent, groupId);
    const outsider = await signIn(ctx, (await addParentOfB(ctx, school, "Dirk Buiten")).email);
    await outsider.post("/discussions/conduct", { version: String(CONDUCT_VERSION), back: "/discussions" });
    const before = (await postRows(ctx, school.orgId)).length;

    expect(await textOf(outsider.get(`/discussions/threads/${threadId}`))).toContain("Hoe doen jullie dat thuis?");
    const notJoined = await outsider.post(`/discussions/threads/${threadId}/replies`, { body: "Ik ook" });
    expect(notJoined.status).toBe(403);
    expect(await notJoined.text()).toContain("U bent geen lid van deze groep. Word eerst lid om te schrijven");
    const newThread = await outsider.post(`/discussions/groups/${groupId}/threads`, { title: "x", body: "y" });
    expect(newThread.status).toBe(403);

    const empty = await parent.post(`/discussions/threads/${threadId}/replies`, { body: "  > \n***" });
    await expectRefused(empty, ["Schrijf eerst uw bericht."]);
    expect((await postRows(ctx, school.orgId)).length).toBe(before);
  });

  it("shows the post as rich text, never as HTML it was given", async () => {
    const threadId = await startThreadAs(parent, groupId, { body: "**Vet** <script>alert(1)</script>" });
    const page = await textOf(other.get(`/discussions/threads/${threadId}`));
    expect(page).toContain("<strong>Vet</strong>");
    expect(page).not.toContain("<script>alert(1)");
  });
});

describe("following a thread", () => {
  it("mails the followers but the writer on a reply, as each set the kind", async () => {
    await joinAndAgree(other, groupId);
    const threadId = await startThreadAs(parent, groupId, { title: "Overgang naar de middelbare school" });
    await replyAs(other, threadId, "Wij bezoeken open dagen.");
    const mail = await lastMailTo(ctx, school.parent.email);
    expect(mail?.subject).toBe("Nieuwe reactie: Overgang naar de middelbare school");
    expect(mail?.kind).toBe("discussion.reply");
    expect(mail?.text).toContain("Wij bezoeken open dagen.");
    expect((await lastMailTo(ctx, otherUser.email))?.subject ?? "").not.toContain("Overgang");

    await ctx.database.db
      .insert(notificationSettings)
      .values({ userId: school.parent.id, kind: "discussion.reply", delivery: "off" });
    await replyAs(other, threadId, "En de proefles.");
    expect((await lastMailTo(ctx, school.parent.email))?.text).not.toContain("En de proefles.");

    expect((await parent.post(`/discussions/threads/${threadId}/unfollow`)).status).toBe(303);
    expect(await textOf(parent.get(`/discussions/threads/${threadId}`))).toContain("U volgt dit onderwerp niet.");
  });
});

describe("reporting and moderating a post", () => {
  it("refuses a report of one's own post, queues another's report, hides it with a reason its writer reads, audited", async () => {
    const threadId = await startThreadAs(parent, groupId, { title: "Juf", body: "Juf X doet het verkeerd" });
    const [post] = (await postRows(ctx, school.orgId)).filter((p) => p.threadId === threadId);
    const postId = post!.id;

    const own = await parent.post(`/discussions/posts/${postId}/report`, { reason: "Oeps" });
    expect(own.status).toBe(403);
    expect(await own.text()).toContain("U kunt uw eigen bericht niet melden.");
    expect((await other.post(`/discussions/posts/${postId}/report`, { reason: "Noemt een leerkracht" })).status).toBe(
      303,
    );
    const overview = await textOf(leader.get("/discussions"));
    expect(overview).toContain("Noemt een leerkracht");
    expect(overview).toContain("Juf X doet het verkeerd");

    expect((await teacher.post(`/discussions/posts/${postId}/hide`, { reason: "nee" })).status).toBe(403);
    expect((await other.post(`/discussions/posts/${postId}/hide`, { reason: "nee" })).status).toBe(403);
    const noReason = await leader.post(`/discussions/posts/${postId}/hide`, { reason: " " });
    await expectRefused(noReason, ["Schrijf de reden op."]);

    expect((await leader.post(`/discussions/posts/${postId}/hide`, { reason: "Gaat over één persoon" })).status).toBe(
      303,
    );
    const writer = await textOf(parent.get(`/discussions/threads/${threadId}`));
    expect(writer).toContain("Verborgen door de school. Reden: Gaat over één persoon");
    const reader = await textOf(other.get(`/discussions/threads/${threadId}`));
    expect(reader).not.toContain("Juf X doet het verkeerd");
    expect(reader).toContain("Dit bericht is verborgen door de school.");
    expect(await textOf(leader.get("/discussions"))).toContain("Er wachten geen meldingen.");

    expect((await leader.post(`/discussions/posts/${postId}/restore`)).status).toBe(303);
    expect(await textOf(other.get(`/discussions/threads/${threadId}`))).toContain("Juf X doet het verkeerd");
    expect((await auditOf(ctx, school.orgId, postId)).map((e) => e.action).sort()).toEqual([
      "hide",
      "report",
      "unhide",
    ]);
  });
});

describe("a parent who leaves the organisation", () => {
  it("is shown as 'een voormalige ouder' on their posts", async () => {
    const leaving = await addParentOfB(ctx, school, "Eva Vertrek");
    const client = await signIn(ctx, leaving.email);
    await joinAndAgree(client, groupId);
    const threadId = await startThreadAs(client, groupId, { title: "Afscheid" });
    expect(await textOf(other.get(`/discussions/threads/${threadId}`))).toContain("Eva Vertrek");
    await removeGuardian(ctx, school, leaving.id);
    const page = await textOf(other.get(`/discussions/threads/${threadId}`));
    expect(page).not.toContain("Eva Vertrek");
    expect(page).toContain("een voormalige ouder");
  });

  it("gets no more mails of the threads they followed", async () => {
    const leaving = await addParentOfB(ctx, school, "Ed Vertrek");
    const client = await signIn(ctx, leaving.email);
    await joinAndAgree(client, groupId);
    const threadId = await startThreadAs(client, groupId, { title: "Na het vertrek" });
    await removeGuardian(ctx, school, leaving.id);
    await replyAs(other, threadId, "Nog een antwoord voor wie vertrok.");
    expect((await lastMailTo(ctx, leaving.email))?.text ?? "").not.toContain("Nog een antwoord voor wie vertrok.");
  });
});

describe("proposing a group", () => {
  it("is seen by its proposer and the moderators only, until the leader approves or declines it with a reason", async () => {
    const proposed = await parent.post("/discussions/groups", { name: "Voorlezen", description: "" });
    expect(proposed.headers.get("location")).toBe("/discussions#proposals");
    expect(await textOf(other.get("/discussions"))).not.toContain("Voorlezen");
    const queue = await textOf(leader.get("/discussions"));
    expect(queue).toContain("Voorlezen");
    const id = /groups\/([0-9a-f-]{36})\/approve/.exec(queue)![1]!;
    expect((await other.get(`/discussions/groups/${id}`)).status).toBe(404);
    expect((await other.post(`/discussions/groups/${id}/approve`)).status).toBe(403);

    expect((await leader.post(`/discussions/groups/${id}/approve`)).status).toBe(303);
    expect(await textOf(other.get("/discussions"))).toContain("Voorlezen");
    expect(await textOf(parent.get(`/discussions/groups/${id}`))).toContain("U bent lid van deze groep.");

    await parent.post("/discussions/groups", { name: "Reclame", description: "" });
    const second = /groups\/([0-9a-f-]{36})\/decline/.exec(await textOf(leader.get("/discussions")))![1]!;
    expect((await leader.post(`/discussions/groups/${second}/decline`, { reason: "" })).status).toBe(422);
    expect(
      (await leader.post(`/discussions/groups/${second}/decline`, { reason: "Past niet bij de school" })).status,
    ).toBe(303);
    expect(await textOf(parent.get("/discussions"))).toContain("Niet goedgekeurd. Reden: Past niet bij de school");
  });
});

describe("deleting and exporting what one wrote", () => {
  it("erases a post but keeps the replies, exports the rest, and deletes everything on request", async () => {
    const threadId = await startThreadAs(parent, groupId, { title: "Weg ermee", body: "Eerste bericht" });
    await replyAs(other, threadId, "Antwoord van een ander");
    const [opening] = (await postRows(ctx, school.orgId)).filter(
      (p) => p.threadId === threadId && p.authorId === school.parent.id,
    );
    expect((await other.post(`/discussions/posts/${opening!.id}/delete`)).status).toBe(403);
    expect((await parent.post(`/discussions/posts/${opening!.id}/delete`)).status).toBe(303);
    const page = await textOf(other.get(`/discussions/threads/${threadId}`));
    expect(page).not.toContain("Eerste bericht");
    expect(page).not.toContain("Weg ermee");
    expect(page).toContain("Dit bericht is verwijderd door de schrijver.");
    expect(page).toContain("Antwoord van een ander");

    const alone = await startThreadAs(parent, groupId, { title: "Alleen ik", body: "Niemand reageert" });
    const exported = (await (await parent.get("/account/export.json")).json()) as {
      organisations: { data: { discussions: { posts: { body: string }[] } } }[];
    };
    const bodies = exported.organisations[0]!.data.discussions.posts.map((p) => p.body);
    expect(bodies).toContain("Niemand reageert");
    expect(bodies).not.toContain("Antwoord van een ander");

    expect((await parent.post("/discussions/my-posts/delete")).status).toBe(303);
    const mine = (await postRows(ctx, school.orgId)).filter((p) => p.authorId === school.parent.id);
    expect(mine.every((p) => p.body === "" && p.deletedAt !== null)).toBe(true);
    const threads = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(discussionThreads).where(eq(discussionThreads.id, alone)),
    );
    expect(threads).toHaveLength(0);
  });
});
