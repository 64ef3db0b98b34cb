import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { lastMailTo, signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createUser } from "../../../tests/helpers/factories.js";
import { campaignStories } from "../../db/schema/index.js";
import { visitor } from "./testing/fixtures.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

let n = 0;
const address = () => `schrijver-${++n}-${Math.random().toString(36).slice(2, 8)}@example.nl`;

async function send(story: Partial<Record<string, string>> & { email: string; title: string }) {
  return visitor(ctx).post("/campagne/verhalen/nieuw", {
    kind: "story",
    theme: "busy_parents",
    body: "Wij hadden weinig tijd, maar de leraar belde ons 's avonds.",
    signedAs: "Sanne, moeder van twee",
    website: "",
    ...story,
  });
}

async function idOf(title: string): Promise<string> {
  const [row] = await ctx.database.db
    .select({ id: campaignStories.id })
    .from(campaignStories)
    .where(eq(campaignStories.title, title));
  return row!.id;
}

describe("stories and tips", () => {
  it("are shown only after an editor approved them; a rejection reaches the writer with its reason", async () => {
    const editor = await signIn(ctx, (await createUser(ctx.database.db, { isPlatformEditor: true })).email);
    const writer = address();
    const sent = await send({ email: writer, title: "Gesprekken op dinsdagavond", theme: "busy_parents" });
    await expectPage(sent, ["De redactie leest uw inzending"]);
    const id = await idOf("Gesprekken op dinsdagavond");
    expect((await visitor(ctx).get(`/campagne/verhalen/${id}`)).status).toBe(404);
    expect(await (await visitor(ctx).get("/campagne/verhalen")).text()).not.toContain("Gesprekken op dinsdagavond");
    expect(await (await editor.get("/campagne/redactie")).text()).toContain("Gesprekken op dinsdagavond");

    const parent = await signIn(ctx, (await createUser(ctx.database.db)).email);
    expect((await parent.post(`/campagne/redactie/verhalen/${id}/plaatsen`)).status).toBe(403);

    expect((await editor.post(`/campagne/redactie/verhalen/${id}/plaatsen`)).status).toBe(303);
    const shown = await visitor(ctx).get(`/campagne/verhalen/${id}`);
    await expectPage(shown, ["de leraar belde ons"]);
    expect((await lastMailTo(ctx, writer))?.subject).toBe("Uw verhaal staat op Samen zijn wij school");
    const [kept] = await ctx.database.db.select().from(campaignStories).where(eq(campaignStories.id, id));
    expect(kept!.email).toBeNull();
    const twice = await editor.post(`/campagne/redactie/verhalen/${id}/plaatsen`);
    expect(twice.status).toBe(409);

    const other = address();
    await send({ email: other, title: "Niet geschikt", theme: "other" });
    const rejectId = await idOf("Niet geschikt");
    const noReason = await editor.post(`/campagne/redactie/verhalen/${rejectId}/afwijzen`, {
      [`reason-${rejectId}`]: "",
    });
    await expectRefused(noReason, ["Schrijf een reden voor de afwijzing."]);
    const rejected = await editor.post(`/campagne/redactie/verhalen/${rejectId}/afwijzen`, {
      [`reason-${rejectId}`]: "Er staan namen van kinderen in.",
    });
    expect(rejected.status).toBe(303);
    expect((await lastMailTo(ctx, other))?.text).toContain("Er staan namen van kinderen in.");
    expect((await visitor(ctx).get(`/campagne/verhalen/${rejectId}`)).status).toBe(404);
  });

  it("are browsed by theme and searched with Dutch stemming", async () => {
    const editor = await signIn(ctx, (await createUser(ctx.database.db, { isPlatformEditor: true })).email);
    await send({
      email: address(),
      title: "Het eerste oudergesprek",
      theme: "dreaded_conversation",
      kind: "tip",
      body: "Ik zag op tegen gesprekken met boze ouders. Nu begin ik met een vraag.",
    });
    await send({ email: address(), title: "Vaders op school", theme: "diverse_parents", body: "Veel vaders kwamen." });
    for (const title of ["Het eerste oudergesprek", "Vaders op school"])
      await editor.post(`/campagne/redactie/verhalen/${await idOf(title)}/plaatsen`);

    const stemmed = await (await visitor(ctx).get("/campagne/verhalen?q=gesprek")).text();
    expect(stemmed).toContain("Het eerste oudergesprek");
    expect(stemmed).not.toContain("Vaders op school");
    const byTheme = await (await visitor(ctx).get("/campagne/verhalen?thema=diverse_parents")).text();
    expect(byTheme).toContain("Vaders op school");
    expect(byTheme).not.toContain("Het eerste oudergesprek");
    const vader = await (await visitor(ctx).get("/campagne/verhalen?q=vader")).text();
    expect(vader).toContain("Vaders op school");
    const odd = await visitor(ctx).get(`/campagne/verhalen?q=${encodeURIComponent('"( & | !')}`);
    expect(odd.status).toBe(200);
  });

  it("escape what the writer wrote and refuse bad input with a clear message, keeping nothing", async () => {
    const editor = await signIn(ctx, (await createUser(ctx.database.db, { isPlatformEditor: true })).email);
    await send({ email: address(), title: "<img src=x onerror=alert(1)>", body: "<script>alert(2)</script>" });
    const id = await idOf("<img src=x onerror=alert(1)>");
    const queue = await (await editor.get("/campagne/redactie")).text();
    expect(queue).not.toContain("<script>alert(2)");
    await editor.post(`/campagne/redactie/verhalen/${id}/plaatsen`);
    const page = await (await visitor(ctx).get(`/campagne/verhalen/${id}`)).text();
    expect(page).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(page).not.toContain("<img src=x");

    const before = await ctx.database.db.select({ id: campaignStories.id }).from(campaignStories);
    const bad = await send({ email: "geen-adres", title: "", theme: "onzin", body: "x".repeat(5001) });
    await expectRefused(bad, ["Kies een thema."]);
    const trapped = await send({ email: address(), title: "Robot", website: "spam" });
    expect(trapped.status).toBe(200);
    expect(await ctx.database.db.select({ id: campaignStories.id }).from(campaignStories)).toHaveLength(before.length);
  });
});
