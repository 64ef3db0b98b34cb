/**
 * News end to end through the pages: who sees which post (its attachments included), posting at
 * a set time with the fan-out mailing each parent once in their language, editing with history and
 * translations, reactions (off, answered, moderated), the share of parents who read per group
 * with the anonymity threshold, suggestions, and bad input that changes nothing.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { jobDeps, lastMailTo, signIn, type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { useFixtureParts } from "../../../tests/helpers/fixture.js";
import { pdf, photoWithGps, windowsProgram } from "../../attachments/testing/files.js";
import { newToken } from "../../auth/tokens.js";
import { withOrg } from "../../db/client.js";
import { attachments, newsPosts, outbox, users } from "../../db/schema/index.js";
import { fanOutPost } from "./service/fanout.js";
import {
  addParents,
  auditOfReaction,
  postFormData,
  postNewsAs,
  schoolWithAnotherParent,
  storedNews,
} from "./testing/fixtures.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { expectFormsLabelled, expectPage } from "../../../tests/helpers/page.js";
import { withGroupNamed } from "../../../tests/helpers/factories.js";
import { createDaycare, expectChildcareMail } from "../../../tests/helpers/wording.js";

const ctx = useTestContext();
/** parentA: the parent of the child in group A; parentB: a parent of a child in group B, with their account parentBUser. */
const {
  school,
  leader,
  teacher,
  parent: parentA,
  another: parentB,
  anotherUser: parentBUser,
} = useFixtureParts(() => schoolWithAnotherParent(ctx, "groupB"));

const text = (client: TestClient, path: string) => client.get(path).then((r) => r.text());
const attachmentIdsOf = (postId: string) =>
  withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) =>
    (
      await tx
        .select({ id: attachments.id })
        .from(attachments)
        .where(and(eq(attachments.orgId, school.orgId), eq(attachments.ownerId, postId)))
    ).map((row) => row.id),
  );

describe("who sees a post", () => {
  it("shows a group's post, its photo and PDF to that group's parents only, never to another group's", async () => {
    const postId = await postNewsAs(
      leader,
      { title: "Uitje groep B", audience: "groups", groupIds: [school.groupB.id] },
      [
        ["IMG_0001.JPG", await photoWithGps()],
        ["brief.pdf", pdf],
      ],
    );
    const [photo, letter] = await attachmentIdsOf(postId);
    expect(await text(parentB, "/news")).toContain("Uitje groep B");
    expect((await parentB.get(`/news/${postId}`)).status).toBe(200);
    expect((await parentB.get(`/attachments/${photo}`)).status).toBe(200);
    expect((await parentB.get(`/attachments/${letter}`)).status).toBe(200);

    expect(await text(parentA, "/news")).not.toContain("Uitje groep B");
    expect((await parentA.get(`/news/${postId}`)).status).toBe(404);
    expect((await parentA.get(`/attachments/${photo}`)).status).toBe(404);
    expect((await parentA.get(`/attachments/${letter}`)).status).toBe(404);
    expect((await teacher.get(`/attachments/${letter}`)).status).toBe(200);
  });

  it("says a group named by its number is group 7, as a reader expects", async () => {
    await withGroupNamed(ctx.database.db, school.groupB, "7", async () => {
      const postId = await postNewsAs(leader, {
        title: "Voor de zevende",
        audience: "groups",
        groupIds: [school.groupB.id],
      });
      expect(await text(parentB, `/news/${postId}`)).toContain("voor groep 7");
    });
  });

  it("keeps a staff post from every parent, and a teacher to their own groups", async () => {
    const staffPost = await postNewsAs(leader, { title: "Teamvergadering", audience: "staff" });
    expect((await parentA.get(`/news/${staffPost}`)).status).toBe(404);
    expect(await text(parentB, "/news")).not.toContain("Teamvergadering");
    expect(await text(teacher, "/news")).toContain("Teamvergadering");

    const before = (await storedNews(ctx, school)).posts.length;
    const notMine = await teacher.postMultipart(
      "/news/new",
      postFormData({ title: "Niet mijn groep", audience: "groups", groupIds: [school.groupB.id] }),
    );
    expect(notMine.status).toBe(403);
    expect(await notMine.text()).toContain("alleen schrijven aan de groepen waarin u lesgeeft");
    const toAll = await teacher.postMultipart("/news/new", postFormData({ title: "Aan iedereen", audience: "all" }));
    expect(toAll.status).toBe(403);
    expect((await storedNews(ctx, school)).posts).toHaveLength(before);
    const own = await postNewsAs(teacher, { title: "Groep A leest", audience: "groups", groupIds: [school.groupA.id] });
    expect(await text(parentA, `/news/${own}`)).toContain("Groep A leest");
  });
});

describe("posting at a set time", () => {
  it("shows the post and mails its parents once, in their language, when its time has come", async () => {
    await ctx.database.db.update(users).set({ locale: "en" }).where(eq(users.email, parentBUser.email));
    const queued = ctx.jobs.length;
    const postId = await postNewsAs(leader, {
      title: "Open dag",
      body: "Kom kijken op de **open dag**.",
      publish: "later",
      date: "01-01-2099",
      time: "08:00",
    });
    const job = ctx.jobs.slice(queued).find((j) => j.name === "news-fanout");
    expect(job?.startAfter?.toISOString()).toBe("2099-01-01T07:00:00.000Z");
    expect(
      (await leader.post(`/news/${postId}/translation`, { locale: "en", title: "Open day", body: "Come and see." }))
        .status,
    ).toBe(303);
    expect(await text(parentB, "/news")).not.toContain("Open");
    expect((await parentB.get(`/news/${postId}`)).status).toBe(404);

    const deps = jobDeps(ctx);
    await fanOutPost(deps, school.orgId, postId);
    expect(await lastMailTo(ctx, parentBUser.email)).toSatisfy((mail) => !mail || !mail.subject.includes("Open day"));

    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .update(newsPosts)
        .set({ publishAt: new Date(Date.now() - 1000) })
        .where(eq(newsPosts.id, postId)),
    );
    await fanOutPost(deps, school.orgId, postId);
    await fanOutPost(deps, school.orgId, postId);
    const toB = await ctx.database.db.select().from(outbox).where(eq(outbox.to, parentBUser.email));
    expect(toB.filter((m) => m.subject === "News: Open day")).toHaveLength(1);
    expect(toB.find((m) => m.subject === "News: Open day")?.text).toContain(`/news/${postId}`);
    const toA = await lastMailTo(ctx, school.parent.email);
    expect(toA?.subject).toBe("Nieuws: Open dag");
    expect(await text(parentB, "/news")).toContain("Open day");
    expect(await text(parentB, `/news/${postId}`)).toContain("Come and see.");
    expect(await text(parentA, `/news/${postId}`)).toContain("open dag");
  });
});

describe("the language of a post", () => {
  it("marks a post shown in Dutch on an English page as Dutch, and a translated one not (WCAG 3.1.2)", async () => {
    await ctx.database.db.update(users).set({ locale: "en" }).where(eq(users.email, parentBUser.email));
    const dutch = await postNewsAs(leader, { title: "Alleen Nederlands", body: "Geen vertaling." });
    const translated = await postNewsAs(leader, { title: "Sportdag", body: "Neem een bidon mee." });
    const translation = { locale: "en", title: "Sports day", body: "Bring a water bottle." };
    expect((await leader.post(`/news/${translated}/translation`, translation)).status).toBe(303);

    const list = await text(parentB, "/news");
    expect(list).toContain(`<h2 lang="nl"><a href="/news/${dutch}">Alleen Nederlands</a></h2>`);
    expect(list).toContain(`<h2><a href="/news/${translated}">Sports day</a></h2>`);
    const untranslated = await text(parentB, `/news/${dutch}`);
    expect(untranslated).toContain('<h1 lang="nl">Alleen Nederlands</h1>');
    expect(untranslated).toContain('<div class="rich-text" lang="nl"><p>Geen vertaling.</p>');
    const english = await text(parentB, `/news/${translated}`);
    expect(english).toContain("<h1>Sports day</h1>");
    expect(english).toContain('<div class="rich-text"><p>Bring a water bottle.</p>');

    // On a Dutch page the Dutch post is in the page's language: nothing to mark.
    const inDutch = await text(parentA, `/news/${dutch}`);
    expect(inDutch).toContain("<h1>Alleen Nederlands</h1>");
    expect(inDutch).not.toMatch(/<(h1|div class="rich-text") lang=/);
  });
});

describe("a post set for a far-off day", () => {
  it("says the year it appears in, on the list and on the post", async () => {
    const postId = await postNewsAs(leader, {
      title: "Verre toekomst",
      body: "Nog even geduld.",
      publish: "later",
      date: "01-01-2999",
      time: "07:30",
    });
    expect(await text(leader, "/news")).toContain("Verschijnt dinsdag 1 januari 2999 07:30");
    expect(await text(leader, `/news/${postId}`)).toContain("Verschijnt dinsdag 1 januari 2999 07:30");
  });
});

describe("the publish date and time", () => {
  const inputOf = (html: string, name: string) => html.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`))?.[0] ?? "";

  it("are a date and a time field like the other forms', hinted as people write them, and take a typed date too", async () => {
    const form = await text(leader, "/news/new");
    expect(inputOf(form, "date")).toContain('type="date"');
    expect(inputOf(form, "time")).toContain('type="time"');
    expect(form).toContain("bijvoorbeeld 14-09-2026");
    const picked = await postNewsAs(leader, {
      title: "Gekozen",
      body: "Uit de kiezer.",
      publish: "later",
      date: "2999-01-01",
      time: "07:30",
    });
    expect(await text(leader, `/news/${picked}`)).toContain("Verschijnt dinsdag 1 januari 2999 07:30");
    // The edit form gives the date back as the date field reads it.
    expect(inputOf(await text(leader, `/news/${picked}/edit`), "date")).toContain('value="2999-01-01"');
    const typed = await postNewsAs(leader, {
      title: "Getypt",
      body: "Zonder kiezer.",
      publish: "later",
      date: "2-1-2999",
      time: "07:30",
    });
    expect(await text(leader, `/news/${typed}`)).toContain("Verschijnt woensdag 2 januari 2999 07:30");
  });
});

describe("editing", () => {
  it("keeps every version for staff to read, and shows parents the latest", async () => {
    const postId = await postNewsAs(leader, { title: "Eerste titel", body: "Eerste tekst." });
    const edited = await leader.postMultipart(
      `/news/${postId}/edit`,
      postFormData({ title: "Tweede titel", body: "Tweede tekst." }),
    );
    expect(edited.status).toBe(303);
    const history = await text(leader, `/news/${postId}/history`);
    expect(history).toContain("Versie 2: Tweede titel");
    expect(history).toContain("Versie 1: Eerste titel");
    expect(await text(parentA, `/news/${postId}`)).toContain("Tweede tekst.");
    expect((await parentA.get(`/news/${postId}/history`)).status).toBe(403);
    expect((await teacher.postMultipart(`/news/${postId}/edit`, postFormData({ title: "Van mij" }))).status).toBe(403);
  });
});

describe("bad input", () => {
  it("refuses an empty post, a renamed program and a time without a date with 422, storing nothing", async () => {
    const before = await storedNews(ctx, school);
    await expectRefused(await leader.postMultipart("/news/new", postFormData({ title: " ", body: "> " })), [
      "Vul dit veld in.",
    ]);
    await expectRefused(await leader.postMultipart("/news/new", postFormData({}, [["vakantie.jpg", windowsProgram]])), [
      "Het bestand vakantie.jpg is geen foto",
    ]);
    const noDate = await leader.postMultipart("/news/new", postFormData({ publish: "later", date: "", time: "" }));
    expect(noDate.status).toBe(422);
    await expectRefused(
      await leader.postMultipart("/news/new", postFormData({ publish: "later", date: "01-01-2020", time: "08:00" })),
      ["Dit moment is al voorbij"],
    );
    await expectRefused(
      await leader.postMultipart("/news/new", postFormData({ publish: "later", date: "01-01-9999", time: "08:00" })),
      ["Vul een datum in tussen 1900 en 2999."],
    );
    await expectRefused(await leader.postMultipart("/news/new", postFormData({ title: "x".repeat(201) })), [
      "Dit is te lang: hoogstens 200 tekens.",
    ]);
    const noGroups = await leader.postMultipart("/news/new", postFormData({ audience: "groups" }));
    expect(noGroups.status).toBe(422);
    expect((await storedNews(ctx, school)).posts).toHaveLength(before.posts.length);
  });
});

describe("reactions", () => {
  it("take a question, are refused while switched off, and the answer reaches the parent", async () => {
    const postId = await postNewsAs(leader, { title: "Sportdag" });
    await expectRefused(await parentA.post(`/news/${postId}/reactions`, { kind: "question", body: "  " }), [
      "Schrijf eerst uw reactie of vraag.",
    ]);
    expect(
      (await parentA.post(`/news/${postId}/reactions`, { kind: "question", body: "Hoe laat begint het?" })).status,
    ).toBe(303);
    expect((await leader.post(`/news/${postId}/reactions-open`, { on: "false" })).status).toBe(303);
    const off = await parentB.post(`/news/${postId}/reactions`, { kind: "comment", body: "Leuk!" });
    expect(off.status).toBe(409);
    // parentB reads in English since the scheduled post's test.
    expect(await off.text()).toContain("the school switched reactions off");
    const reactions = (await storedNews(ctx, school)).reactions.filter((r) => r.postId === postId);
    expect(reactions.map((r) => r.body)).toEqual(["Hoe laat begint het?"]);

    const answer = await leader.post(`/news/${postId}/reactions/${reactions[0]!.id}/answer`, {
      answer: "Om half negen.",
    });
    expect(answer.status).toBe(303);
    expect((await lastMailTo(ctx, school.parent.email))?.text).toContain("Om half negen.");
    const seenByB = await text(parentB, `/news/${postId}`);
    expect(seenByB).toContain("Hoe laat begint het?");
    expect(seenByB).toContain("A parent");
    expect(seenByB).not.toContain(school.guardian.name);
    expect((await parentA.post(`/news/${postId}/reactions/${reactions[0]!.id}/answer`, { answer: "x" })).status).toBe(
      403,
    );
  });

  it("sent twice from one form (a double press) make one reaction; the second answer thanks as the first", async () => {
    const postId = await postNewsAs(leader, { title: "Kerstviering" });
    const form = { kind: "question", body: "Mogen broertjes mee?" };
    const once = newToken();
    const first = await parentA.post(`/news/${postId}/reactions`, form, { once });
    const second = await parentA.post(`/news/${postId}/reactions`, form, { once });
    expect(second.status).toBe(303);
    expect(second.headers.get("location")).toBe(first.headers.get("location"));
    const page = await text(parentA, second.headers.get("location")!);
    expect(page).toContain("Dank u. Uw tekst staat onder het bericht.");
    expect(page.split("Mogen broertjes mee?")).toHaveLength(2);
  });

  it("are reported, hidden with a reason only their writer reads, restored, each audited", async () => {
    const postId = await postNewsAs(leader, { title: "Luizencontrole" });
    await parentA.post(`/news/${postId}/reactions`, { kind: "comment", body: "Familie X heeft luizen" });
    const [reaction] = (await storedNews(ctx, school)).reactions.filter((r) => r.postId === postId);
    const path = `/news/${postId}/reactions/${reaction!.id}`;
    expect((await parentA.post(`${path}/report`, { reason: "eigen" })).status).toBe(403);
    expect((await parentB.post(`${path}/report`, { reason: "Noemt een gezin" })).status).toBe(303);
    expect(await text(leader, "/news")).toContain("Familie X heeft luizen");
    expect((await teacher.post(`${path}/hide`, { reason: "nee" })).status).toBe(403);
    expect((await leader.post(`${path}/hide`, { reason: "" })).status).toBe(422);
    expect((await leader.post(`${path}/hide`, { reason: "Noemt een gezin" })).status).toBe(303);
    expect(await text(parentA, `/news/${postId}`)).toContain("Verborgen door de school: Noemt een gezin");
    expect(await text(parentB, `/news/${postId}`)).not.toContain("Familie X");
    expect((await leader.post(`${path}/restore`)).status).toBe(303);
    expect(await text(parentB, `/news/${postId}`)).toContain("Familie X");
    expect((await auditOfReaction(ctx, school.orgId, reaction!.id)).map((e) => e.action).sort()).toEqual([
      "hide",
      "report",
      "unhide",
    ]);
  });
});

describe("a post with several reactions", () => {
  it("gives each reaction's answer, hide and report forms their own labels, also when one is refused", async () => {
    const postId = await postNewsAs(leader, { title: "Schoolreisje" });
    for (const body of ["Hoe laat zijn we terug?", "Mag er snoep mee?"]) {
      await parentA.post(`/news/${postId}/reactions`, { kind: "question", body });
    }
    const [first] = (await storedNews(ctx, school)).reactions.filter((r) => r.postId === postId);
    expectFormsLabelled(await expectPage(await leader.get(`/news/${postId}`), ["Mag er snoep mee?"]));
    expectFormsLabelled(await expectPage(await parentB.get(`/news/${postId}`), ["Mag er snoep mee?"]));
    const refused = await leader.post(`/news/${postId}/reactions/${first!.id}/hide`, { reason: "" });
    expect(refused.status).toBe(422);
    expectFormsLabelled(await refused.text());
  });
});

describe("read shares", () => {
  it("show staff the share per group who read it, never who, and 'te weinig ouders' below the threshold", async () => {
    const postId = await postNewsAs(leader, { title: "Nieuwe juf" });
    await parentA.get(`/news/${postId}`);
    await parentA.get(`/news/${postId}`);
    const few = await text(leader, `/news/${postId}`);
    expect(few).toContain("Gelezen per groep");
    expect(few).toContain("te weinig ouders");
    expect(few).not.toContain("Ouder ·");

    await addParents(ctx, school, school.groupA.id, 4);
    const moreB = await addParents(ctx, school, school.groupB.id, 4);
    for (const parent of moreB.slice(0, 2)) await (await signIn(ctx, parent.email)).get(`/news/${postId}`);
    await parentB.get(`/news/${postId}`);
    const shares = await text(leader, `/news/${postId}`);
    // Group A: 5 parents, 1 read (20%); group B: 5 parents, 3 read (60%); the school 10, 4 (40%).
    expect(shares).toContain("20%");
    expect(shares).toContain("60%");
    expect(shares).toContain("40%");
    expect(shares).not.toContain(parentBUser.email);
  });
});

describe("suggestions for the newsletter", () => {
  it("are declined with a reason the parent reads, or accepted into a draft post", async () => {
    expect((await parentA.post("/news/suggestions", { title: "", body: "x" })).status).toBe(422);
    expect(
      (await parentA.post("/news/suggestions", { title: "Boekenmarkt", body: "Een ruilmarkt op vrijdag." })).status,
    ).toBe(303);
    expect((await parentA.post("/news/suggestions", { title: "Fietsen", body: "Wie fietst er mee?" })).status).toBe(
      303,
    );
    const [first, second] = (await storedNews(ctx, school)).suggestions.sort((a, b) => a.title.localeCompare(b.title));
    expect(await text(leader, "/news/suggestions")).toContain("Een ruilmarkt op vrijdag.");
    expect((await teacher.post(`/news/suggestions/${first!.id}/decline`, { reason: "nee" })).status).toBe(403);
    expect((await leader.post(`/news/suggestions/${first!.id}/decline`, { reason: " " })).status).toBe(422);
    expect(
      (await leader.post(`/news/suggestions/${first!.id}/decline`, { reason: "Dat doet de ouderraad al." })).status,
    ).toBe(303);
    expect(await text(parentA, "/news/suggestions")).toContain(
      "De school nam dit niet over: Dat doet de ouderraad al.",
    );
    expect((await lastMailTo(ctx, school.parent.email))?.text).toContain("Dat doet de ouderraad al.");
    expect((await leader.post(`/news/suggestions/${first!.id}/accept`)).status).toBe(409);

    const accepted = await leader.post(`/news/suggestions/${second!.id}/accept`);
    expect(accepted.status).toBe(303);
    const draftId = /\/news\/([0-9a-f-]{36})\/edit/.exec(accepted.headers.get("location") ?? "")?.[1];
    expect(await text(leader, `/news/${draftId}/edit`)).toContain("Wie fietst er mee?");
    expect((await parentA.get(`/news/${draftId}`)).status).toBe(404);

    const exported = (await (await parentA.get("/account/export.json")).json()) as {
      organisations: { data: { news: { reactions: unknown[]; suggestions: { title: string }[] } } }[];
    };
    const mine = exported.organisations[0]!.data.news;
    expect(mine.suggestions.map((s) => s.title).sort()).toEqual(["Boekenmarkt", "Fietsen"]);
    expect(mine.reactions.length).toBeGreaterThan(0);
  });
});

describe("the parent's home page", () => {
  it("says how many posts are new for them", async () => {
    const home = await text(parentB, "/home");
    expect(home).toMatch(/(1 new post|[02-9]\d* new posts|1\d+ new posts) from school/);
    const postId = await postNewsAs(leader, { title: "Kerstviering" });
    const unread = async () => /(\d+) nieuwe? nieuwsbericht/.exec(await text(parentA, "/home"))?.[1];
    const before = Number(await unread());
    expect(before).toBeGreaterThan(0);
    await parentA.get(`/news/${postId}`);
    expect(Number((await unread()) ?? 0)).toBe(before - 1);
  });
});

describe("in a daycare's words", () => {
  it("mails parents the news, the setting's answer and its decisions on their suggestions, in Dutch and English", async () => {
    const daycare = await createDaycare(ctx.database.db);
    const [englishUser] = await addParents(ctx, daycare, daycare.groupA.id, 1);
    await ctx.database.db.update(users).set({ locale: "en" }).where(eq(users.id, englishUser!.id));
    const manager = await signIn(ctx, daycare.leader.email);
    const dutch = await signIn(ctx, daycare.parent.email);
    const english = await signIn(ctx, englishUser!.email);
    const postId = await postNewsAs(manager, { title: "Naar de kinderboerderij", body: "Trek laarzen aan." });
    await fanOutPost(jobDeps(ctx), daycare.orgId, postId);
    expectChildcareMail(await lastMailTo(ctx, daycare.parent.email), ["Naar de kinderboerderij"]);

    expect((await dutch.post(`/news/${postId}/reactions`, { kind: "question", body: "Hoe laat?" })).status).toBe(303);
    const [reaction] = (await storedNews(ctx, daycare)).reactions;
    const answer = { answer: "Om negen uur." };
    expect((await manager.post(`/news/${postId}/reactions/${reaction!.id}/answer`, answer)).status).toBe(303);
    expectChildcareMail(await lastMailTo(ctx, daycare.parent.email), ["De opvang heeft geantwoord op uw reactie"]);

    const suggest = (client: TestClient, title: string) => client.post("/news/suggestions", { title, body: "Graag." });
    expect((await suggest(dutch, "Ruilmarkt")).status).toBe(303);
    expect((await suggest(english, "Bike ride")).status).toBe(303);
    const suggestions = (await storedNews(ctx, daycare)).suggestions;
    const idOf = (title: string) => suggestions.find((x) => x.title === title)!.id;
    expect((await manager.post(`/news/suggestions/${idOf("Ruilmarkt")}/accept`)).status).toBe(303);
    const declined = { reason: "Te ver weg." };
    expect((await manager.post(`/news/suggestions/${idOf("Bike ride")}/decline`, declined)).status).toBe(303);
    expectChildcareMail(await lastMailTo(ctx, daycare.parent.email), ["De opvang neemt uw suggestie “Ruilmarkt” over"]);
    expectChildcareMail(await lastMailTo(ctx, englishUser!.email), ["The setting does not take it up, because"]);
  });
});
