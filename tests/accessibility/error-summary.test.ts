/**
 * A form's error summary names the field of each error, as a screen reader user hears the list at
 * the top of the form before reaching the fields: "Titel: vul dit veld in.", not four times "Vul dit
 * veld in.". Through the real pages of several features, in Dutch and English.
 */
import { describe, expect, it } from "vitest";
import { leaderSignedIn, signIn, TestClient, useTestContext } from "../helpers/app.js";
import { createUser } from "../helpers/factories.js";
import { visitor } from "../../src/features/campaign/testing/fixtures.js";
import { postFormData } from "../../src/features/news/testing/fixtures.js";
import { createConversationSchool } from "../../src/features/conversations/testing/fixtures.js";

const ctx = useTestContext();

/** The texts of the error summary's entries, as read aloud (tags dropped, entities as characters). */
function summaryEntries(html: string): string[] {
  const start = html.indexOf('class="error-summary"');
  expect(start, "the page has an error summary").toBeGreaterThan(-1);
  const summary = html.slice(start, html.indexOf("</ul>", start));
  return [...summary.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]*>/g, "")
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .trim(),
  );
}

/** The heading of the page's error summary, tags dropped. */
function summaryHeading(html: string): string | undefined {
  const start = html.indexOf('<div class="error-summary"');
  return /<h2[^>]*>([\s\S]*?)<\/h2>/
    .exec(html.slice(start))?.[1]
    ?.replace(/<[^>]*>/g, "")
    .trim();
}

describe("the error summary", () => {
  it("has one heading on every form that refuses what was typed, in Dutch and in English", async () => {
    const school = await createConversationSchool(ctx.database.db);
    const parent = await signIn(ctx, school.parent.email);
    const request = await parent.post("/conversations/requests", { pupilId: school.child.id, topic: "", note: "" });
    expect(request.status).toBe(422);
    const message = await parent.post("/messages", { pupilId: school.child.id, subject: "", body: "> " });
    expect(message.status).toBe(422);
    const story = { kind: "story", theme: "busy_parents", title: "", body: "", signedAs: "", email: "", website: "" };
    const campaign = await visitor(ctx).post("/campagne/verhalen/nieuw", story);
    for (const html of [await request.text(), await message.text(), await campaign.text()])
      expect(summaryHeading(html)).toBe("Controleer de gemarkeerde velden");

    const english = new TestClient(ctx.app, { "accept-language": "en" }, "10.9.0.2");
    const refused = await english.post("/campagne/verhalen/nieuw", story);
    expect(summaryHeading(await refused.text())).toBe("Check the marked fields");
  });

  it("names each field of the campaign's story form, in Dutch and in English", async () => {
    const empty = { kind: "story", theme: "busy_parents", title: "", body: "", signedAs: "", email: "", website: "" };
    const dutch = await visitor(ctx).post("/campagne/verhalen/nieuw", empty);
    expect(dutch.status).toBe(422);
    expect(summaryEntries(await dutch.text())).toEqual([
      "Titel: vul dit veld in.",
      "Uw verhaal of tip: vul dit veld in.",
      "Met welke naam mogen we het plaatsen? Vul dit veld in.",
      "E-mailadres: vul dit veld in.",
    ]);

    const english = new TestClient(ctx.app, { "accept-language": "en" }, "10.9.0.1");
    const refused = await english.post("/campagne/verhalen/nieuw", empty);
    expect(refused.status).toBe(422);
    expect(summaryEntries(await refused.text())).toEqual([
      "Title: please fill in this field.",
      "Your story or tip: please fill in this field.",
      "Under which name may we publish it? Please fill in this field.",
      "E-mail address: please fill in this field.",
    ]);
  });

  it("names the fields of the endorsement form, radio groups by their question", async () => {
    const refused = await visitor(ctx).post("/campagne/onderschrijven", {
      name: "",
      organisation: "",
      municipality: "",
      email: "",
      website: "",
    });
    expect(refused.status).toBe(422);
    const entries = summaryEntries(await refused.text());
    expect(entries).toContain("Naam: vul dit veld in.");
    expect(entries).toContain("E-mailadres: vul dit veld in.");
    expect(entries).toContain("Ik onderschrijf als: kies als wie u onderschrijft.");
    expect(entries).toContain("Mag uw naam op de openbare lijst? Kies of uw naam op de lijst mag.");
  });

  it("names the fields of a school's news post and of the campaign editors' news form", async () => {
    const { leader } = await leaderSignedIn(ctx);
    const news = await leader.postMultipart("/news/new", postFormData({ title: " ", body: "> " }));
    expect(news.status).toBe(422);
    const entries = summaryEntries(await news.text());
    expect(entries).toContain("Titel: vul dit veld in.");
    expect(entries).toContain("Tekst: vul dit veld in.");

    const editor = await signIn(ctx, (await createUser(ctx.database.db, { isPlatformEditor: true })).email);
    const campaignNews = await editor.post("/campagne/redactie/nieuws", { title: "", body: "" });
    expect(campaignNews.status).toBe(422);
    expect(summaryEntries(await campaignNews.text())).toEqual(["Titel: vul dit veld in.", "Bericht: vul dit veld in."]);
  });
});
