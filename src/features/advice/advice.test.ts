import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signIn, TestClient, useTestContext, startOfBody, leaderSignedIn } from "../../../tests/helpers/app.js";
import { createSchool, createUser, unique } from "../../../tests/helpers/factories.js";
import { adviceItems } from "../../db/schema/index.js";
import { rowsOf } from "../../db/client.js";
import { HELPFUL_PER_QUESTION, HELPFUL_PER_WINDOW } from "./routes/public.js";
import { questionForm } from "./testing/fixtures.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

async function editor() {
  const user = await createUser(ctx.database.db, { name: "Redactie", isPlatformEditor: true });
  return signIn(ctx, user.email);
}

async function itemCount() {
  return (await ctx.database.db.select({ id: adviceItems.id }).from(adviceItems)).length;
}

describe("links to the advice desk", () => {
  it("lead each person only to a page they may open: the leader to sparring, the editor to editing", async () => {
    const { leader } = await leaderSignedIn(ctx);
    const leaderHome = await (await leader.get("/home")).text();
    expect(leaderHome).toContain('href="/advice/sparring"');
    expect(leaderHome).not.toContain('href="/advice/manage"');
    const sparring = await leader.get("/advice/sparring");
    await expectPage(sparring, ['href="/advice"']);

    const client = await editor();
    const editorHome = await (await client.get("/home")).text();
    expect(editorHome).toContain('href="/advice/manage"');
    expect(editorHome).not.toContain('href="/advice/sparring"');
    expect((await client.get("/advice/manage")).status).toBe(200);
    // The public page, the same for everyone, names sparring without a link that would refuse most readers.
    expect(await (await client.get("/advice")).text()).not.toContain('href="/advice/sparring"');
  });
});

describe("frequently asked questions", () => {
  it("an editor writes a question; anyone finds it by a Dutch word in another form, and in English", async () => {
    const client = await editor();
    const slug = `gesprek-${unique()}`;
    expect((await client.post("/advice/manage", questionForm(slug))).status).toBe(303);

    const visitor = new TestClient(ctx.app);
    const hub = await visitor.get("/advice");
    expect(hub.headers.get("cache-control")).toContain("public");
    expect(hub.headers.get("etag")).toBeTruthy();
    const html = await hub.text();
    expect(html).toContain("Gesprekken met ouders");
    expect(html).toContain(`/advice/faq/${slug}`);

    // Dutch stemming: "gesprekken" finds "gesprek".
    const found = await (await visitor.get("/advice?q=gesprekken")).text();
    expect(found).toContain(`/advice/faq/${slug}`);
    const none = await (await visitor.get("/advice?q=zwembad")).text();
    expect(none).toContain("Niets gevonden bij “zwembad”");
    const english = await (await visitor.get("/advice?q=conversations", { "accept-language": "en" })).text();
    expect(english).toContain(`/advice/faq/${slug}`);

    const page = await visitor.get(`/advice/faq/${slug}`);
    await expectPage(page, ["<strong>gesprek</strong>", "Had u hier iets aan?"]);
  });

  it("finds words whatever their accents and punctuation: (G)MR finds the MR, ouder's, Ayşe", async () => {
    const client = await editor();
    const slug = `medezeggenschap-${unique()}`;
    const question = questionForm(slug, {
      titleNl: "Wanneer praat de MR mee?",
      titleEn: "When does the MR have a say?",
      bodyNl: "Ayşe Yılmaz legt uit wat de raad doet met ideeën van ouders.",
      bodyEn: "Ayşe Yılmaz explains what the council does with parents' ideas and the café evening.",
    });
    expect((await client.post("/advice/manage", question)).status).toBe(303);
    const visitor = new TestClient(ctx.app);
    /** Whether the search's results (not the list of all questions below them) link to the question. */
    const finds = async (q: string, locale = "nl") => {
      const html = await (
        await visitor.get(`/advice?q=${encodeURIComponent(q)}`, { "accept-language": locale })
      ).text();
      return html.slice(html.indexOf('id="found"'), html.indexOf('id="faq"')).includes(`/advice/faq/${slug}`);
    };
    for (const q of ["(G)MR", "MR", "ouder's", "ouders", "Ayse", "yilmaz", "ideeen", "ideeën,"])
      expect(await finds(q), q).toBe(true);
    for (const q of ["(G)MR", "parent's", "Ayse", "Yilmaz", "cafe", "café"]) expect(await finds(q, "en"), q).toBe(true);
    expect(await finds("zwembad")).toBe(false);
  });

  it("counts 'was this helpful?' without storing who, and limits the answers per address", async () => {
    const client = await editor();
    const slug = `nuttig-${unique()}`;
    await client.post("/advice/manage", questionForm(slug));
    // Readers at one address (a school's network), each in a browser of their own.
    const reader = () => new TestClient(ctx.app, {}, "203.0.113.7");
    const visitor = reader();
    const yes = await visitor.post(`/advice/faq/${slug}/helpful`, { answer: "yes" }, { csrf: null });
    expect(yes.status).toBe(303);
    expect(yes.headers.get("location")).toBe(`/advice/faq/${slug}?thanks=1`);
    await reader().post(`/advice/faq/${slug}/helpful`, { answer: "no" }, { csrf: null });
    const [row] = await ctx.database.db.select().from(adviceItems).where(eq(adviceItems.slug, slug));
    expect([row!.helpfulYes, row!.helpfulNo]).toEqual([1, 1]);
    expect(await (await visitor.get(`/advice/faq/${slug}?thanks=1`)).text()).toContain("Dank u wel");

    // Bad input and another site's form change nothing.
    expect((await visitor.post(`/advice/faq/${slug}/helpful`, { answer: "misschien" })).status).toBe(422);
    const foreign = await visitor.send(`/advice/faq/${slug}/helpful`, {
      method: "POST",
      body: new URLSearchParams({ answer: "yes" }),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://elders.example" },
    });
    expect(foreign.status).toBe(403);
    expect((await visitor.post(`/advice/faq/onbekend-${unique()}/helpful`, { answer: "yes" })).status).toBe(404);

    // Over all questions: HELPFUL_PER_WINDOW per ten minutes (the 404 above counted too).
    const others = await Promise.all(
      [1, 2, 3].map(async (n) => {
        const other = `nuttig-${n}-${unique()}`;
        await client.post("/advice/manage", questionForm(other));
        return other;
      }),
    );
    let answered = 3;
    for (const other of others)
      for (let i = 0; i < HELPFUL_PER_QUESTION && answered < HELPFUL_PER_WINDOW; i++, answered++)
        expect((await reader().post(`/advice/faq/${other}/helpful`, { answer: "yes" })).status).toBe(303);
    const limited = await reader().post(`/advice/faq/${slug}/helpful`, { answer: "yes" });
    expect(limited.status).toBe(429);
    const [after] = await ctx.database.db.select().from(adviceItems).where(eq(adviceItems.slug, slug));
    expect(after!.helpfulYes + after!.helpfulNo).toBe(2);
  });

  it("counts a reader once per question: a second answer from the same browser changes theirs", async () => {
    const client = await editor();
    const slug = `een-lezer-${unique()}`;
    await client.post("/advice/manage", questionForm(slug));
    const counts = async () => {
      const [row] = await ctx.database.db.select().from(adviceItems).where(eq(adviceItems.slug, slug));
      return [row!.helpfulYes, row!.helpfulNo];
    };
    const reader = new TestClient(ctx.app, {}, "203.0.113.21");
    await reader.post(`/advice/faq/${slug}/helpful`, { answer: "yes" }, { csrf: null });
    await expectPage(await reader.get(`/advice/faq/${slug}`), ["1 van de 1 lezers had hier iets aan."]);
    await reader.post(`/advice/faq/${slug}/helpful`, { answer: "no" }, { csrf: null });
    expect(await counts()).toEqual([0, 1]);
    await expectPage(await reader.get(`/advice/faq/${slug}`), ["0 van de 1 lezers hadden hier iets aan."]);
    await reader.post(`/advice/faq/${slug}/helpful`, { answer: "no" }, { csrf: null });
    expect(await counts()).toEqual([0, 1]);

    const another = new TestClient(ctx.app, { "accept-language": "en" }, "203.0.113.22");
    await another.post(`/advice/faq/${slug}/helpful`, { answer: "yes" }, { csrf: null });
    expect(await counts()).toEqual([1, 1]);
    await expectPage(await another.get(`/advice/faq/${slug}`), ["1 of 2 readers found this helpful."]);
    await reader.post(`/advice/faq/${slug}/helpful`, { answer: "yes" }, { csrf: null });
    await expectPage(await reader.get(`/advice/faq/${slug}`), ["2 van de 2 lezers hadden hier iets aan."]);
    const alone = `alleen-${unique()}`;
    await client.post("/advice/manage", questionForm(alone));
    await another.post(`/advice/faq/${alone}/helpful`, { answer: "yes" }, { csrf: null });
    await expectPage(await another.get(`/advice/faq/${alone}`), ["1 of 1 reader found this helpful."]);
    expect(await counts()).toEqual([2, 0]);
  });

  it("takes back no one's answer for a cookie the server did not write", async () => {
    const client = await editor();
    const slug = `vervalst-${unique()}`;
    const elsewhere = `elders-${unique()}`;
    await client.post("/advice/manage", questionForm(slug));
    await client.post("/advice/manage", questionForm(elsewhere));
    const counts = async () => {
      const [row] = await ctx.database.db.select().from(adviceItems).where(eq(adviceItems.slug, slug));
      return [row!.helpfulYes, row!.helpfulNo];
    };
    for (const n of [51, 52, 53]) {
      const reader = new TestClient(ctx.app, {}, `203.0.113.${n}`);
      await reader.post(`/advice/faq/${slug}/helpful`, { answer: "no" }, { csrf: null });
    }
    expect(await counts()).toEqual([0, 3]);
    // Made up, or a real cookie (this browser's "no" to another question) changed to name this one.
    const honest = new TestClient(ctx.app, {}, "203.0.113.54");
    await honest.post(`/advice/faq/${elsewhere}/helpful`, { answer: "no" }, { csrf: null });
    const changed = honest.cookies.get("samen_helpful")!.replaceAll(elsewhere, slug);
    expect(changed).toContain(slug);
    for (const [n, cookie] of [
      [55, `${slug}:n`],
      [56, changed],
    ] as const) {
      const forger = new TestClient(ctx.app, {}, `203.0.113.${n}`);
      forger.cookies.set("samen_helpful", cookie);
      expect((await forger.post(`/advice/faq/${slug}/helpful`, { answer: "yes" }, { csrf: null })).status).toBe(303);
    }
    expect(await counts()).toEqual([2, 3]);
  });

  it("counts a signed-in person once per question, whatever cookies their browser sends", async () => {
    const client = await editor();
    const slug = `een-persoon-${unique()}`;
    await client.post("/advice/manage", questionForm(slug));
    const counts = async () => {
      const [row] = await ctx.database.db.select().from(adviceItems).where(eq(adviceItems.slug, slug));
      return [row!.helpfulYes, row!.helpfulNo];
    };
    const school = await createSchool(ctx.database.db);
    const parent = await signIn(ctx, school.parent.email, new TestClient(ctx.app, {}, "203.0.113.31"));
    for (const answer of ["yes", "yes", "yes"]) {
      parent.cookies.delete("samen_helpful");
      await parent.post(`/advice/faq/${slug}/helpful`, { answer }, { csrf: null });
    }
    expect(await counts()).toEqual([1, 0]);
    parent.cookies.delete("samen_helpful");
    await parent.post(`/advice/faq/${slug}/helpful`, { answer: "no" }, { csrf: null });
    expect(await counts()).toEqual([0, 1]);
    // On another device, signed in as the same person: still their one answer.
    const elsewhere = await signIn(ctx, school.parent.email, new TestClient(ctx.app, {}, "203.0.113.32"));
    await elsewhere.post(`/advice/faq/${slug}/helpful`, { answer: "no" }, { csrf: null });
    expect(await counts()).toEqual([0, 1]);
  });

  it("limits a browser without an account that forgets its answers, per address and question (rate_limits)", async () => {
    const client = await editor();
    const slug = `nieuwe-cookies-${unique()}`;
    await client.post("/advice/manage", questionForm(slug));
    const statuses: number[] = [];
    for (let i = 0; i < HELPFUL_PER_QUESTION + 1; i++) {
      const fresh = new TestClient(ctx.app, {}, "203.0.113.41");
      statuses.push((await fresh.post(`/advice/faq/${slug}/helpful`, { answer: "yes" }, { csrf: null })).status);
    }
    expect(statuses.filter((s) => s === 303)).toHaveLength(HELPFUL_PER_QUESTION);
    expect(statuses.at(-1)).toBe(429);
    const [row] = await ctx.database.db.select().from(adviceItems).where(eq(adviceItems.slug, slug));
    expect(row!.helpfulYes).toBe(HELPFUL_PER_QUESTION);
    const kept = await ctx.database.db.execute(
      sql`select count(*)::int as n from rate_limits where key like 'helpful:%'`,
    );
    expect(Number(rowsOf<{ n: number }>(kept)[0]?.n)).toBeGreaterThan(0);
  });

  it("lets only editors write; bad input and a taken address are refused with nothing changed", async () => {
    const { leader } = await leaderSignedIn(ctx);
    const before = await itemCount();
    expect((await leader.post("/advice/manage", questionForm(`x-${unique()}`))).status).toBe(403);
    const client = await editor();
    const bad = await client.post("/advice/manage", questionForm("Niet Goed!", { titleNl: "", bodyEn: "> " }));
    await expectRefused(bad, ["Gebruik alleen kleine letters", "Vul dit veld in."]);
    const slug = `bezet-${unique()}`;
    await client.post("/advice/manage", questionForm(slug));
    const twice = await client.post("/advice/manage", questionForm(slug));
    await expectConflict(twice, ["Dit adres is al in gebruik"]);
    expect(await itemCount()).toBe(before + 1);
    // Unpublished: gone from the public side.
    const edit = { ...questionForm(slug) };
    delete edit.published;
    expect((await client.post(`/advice/manage/${slug}`, edit)).status).toBe(303);
    expect((await new TestClient(ctx.app).get(`/advice/faq/${slug}`)).status).toBe(404);
  });
});

describe("the library", () => {
  it("shows the conversation guide and a guide as pages and as PDFs", async () => {
    const client = await editor();
    const slug = `handreiking-${unique()}`;
    await client.post(
      "/advice/manage",
      questionForm(slug, { kind: "guide", topic: "", titleNl: "Handreiking ouderavond" }),
    );
    const visitor = new TestClient(ctx.app);
    const guide = await (await visitor.get("/advice/gesprekswijzer")).text();
    expect(guide).toContain("Wat gaat goed met uw kind, thuis en op school?");
    const pdf = await visitor.get("/advice/gesprekswijzer.pdf");
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(await startOfBody(pdf)).toBe("%PDF-");
    expect(await (await visitor.get(`/advice/library/${slug}`)).text()).toContain("Handreiking ouderavond");
    const own = await visitor.get(`/advice/library/${slug}/pdf`);
    expect(own.status).toBe(200);
    expect(await startOfBody(own)).toBe("%PDF-");
    expect((await visitor.get(`/advice/library/geen-${unique()}/pdf`)).status).toBe(404);
  });
});
