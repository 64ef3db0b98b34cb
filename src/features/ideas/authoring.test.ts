/**
 * Posting and editing: an empty or too long idea is refused with its message and nothing is
 * stored; only the author edits an idea; an author signs with their name or as a parent of a
 * group one of their children is in, and never of another group.
 */
import { describe, expect, it } from "vitest";
import { useTestContext } from "../../../tests/helpers/app.js";
import { useFixtureParts } from "../../../tests/helpers/fixture.js";
import { eq } from "drizzle-orm";
import { withOrg } from "../../db/client.js";
import { ideas, users } from "../../db/schema/index.js";
import { withGroupNamed } from "../../../tests/helpers/factories.js";
import { boardWithTwoParents, ideaRow, postIdeaAs } from "./testing/fixtures.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();
const { school, author, other, leader } = useFixtureParts(() => boardWithTwoParents(ctx));

const countIdeas = () =>
  withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => (await tx.select().from(ideas)).length);

describe("posting an idea", () => {
  it("refuses an empty idea and one over 1000 characters, each with its message, storing nothing", async () => {
    const before = await countIdeas();
    const empty = await author.post("/ideas", { body: "   ", domain: "vision", signAs: "name" });
    await expectRefused(empty, ["Schrijf eerst iets op."]);
    const invisible = await author.post("/ideas", { body: "\u200B\u200B", domain: "vision", signAs: "name" });
    expect(invisible.status).toBe(422);
    const long = await author.post("/ideas", { body: "x".repeat(1001), domain: "vision", signAs: "name" });
    await expectRefused(long, ["Dit is te lang: hoogstens 1000 tekens."]);
    const noDomain = await author.post("/ideas", { body: "Goed idee", domain: "weather", signAs: "name" });
    await expectRefused(noDomain, ["Kies waar het idee over gaat."]);
    expect(await countIdeas()).toBe(before);
  });

  it("posts one idea when the same form is sent twice, both answered with its page", async () => {
    const before = await countIdeas();
    const form = { body: "Twee keer geklikt", domain: "vision", signAs: "name" };
    const once = "a".repeat(43);
    const [first, second] = await Promise.all([
      author.post("/ideas", form, { once }),
      author.post("/ideas", form, { once }),
    ]);
    expect(first.status).toBe(303);
    expect(second.headers.get("location")).toBe(first.headers.get("location"));
    expect(await countIdeas()).toBe(before + 1);
  });

  it("signs as a parent of the child's group, and the board shows that instead of the name", async () => {
    const board = await (await author.get("/ideas")).text();
    expect(board).toContain(`Een ouder van ${school.groupA.name}`);
    expect(board).not.toContain(`Een ouder van ${school.groupB.name}`);
    await ctx.database.db.update(users).set({ name: "Fatima Yilmaz" }).where(eq(users.id, school.parent.id));
    const ideaId = await postIdeaAs(author, { body: "Meer foto's van uitstapjes", signAs: school.groupA.id });
    expect((await ideaRow(ctx, school.orgId, ideaId)).signedGroupId).toBe(school.groupA.id);
    for (const client of [other, leader]) {
      const page = await (await client.get(`/ideas/${ideaId}`)).text();
      expect(page).toContain(`Van een ouder van ${school.groupA.name}`);
      expect(page).not.toContain("Fatima Yilmaz");
    }
  });

  it("writes a group named by its number as a reader expects: a parent of group 7", async () => {
    await withGroupNamed(ctx.database.db, school.groupA, "7", async () => {
      expect(await (await author.get("/ideas")).text()).toContain("Een ouder van groep 7");
      const ideaId = await postIdeaAs(author, { body: "Een idee van groep 7", signAs: school.groupA.id });
      expect(await (await other.get(`/ideas/${ideaId}`)).text()).toContain("Van een ouder van groep 7");
      const english = await (await other.get(`/ideas/${ideaId}`, { "accept-language": "en" })).text();
      expect(english).toContain("a parent of group 7");
    });
  });

  it("refuses signing as a parent of a group the author has no child in", async () => {
    const before = await countIdeas();
    const response = await author.post("/ideas", {
      body: "Namens groep B",
      domain: "vision",
      signAs: school.groupB.id,
    });
    // The error summary names the field.
    await expectRefused(response, [
      "Ondertekenen als: kies wat er bij staat: uw naam, of de groep van een van uw kinderen.",
    ]);
    expect(await countIdeas()).toBe(before);
  });
});

describe("reacting to an idea", () => {
  it("adds a reaction signed as chosen, and refuses an empty one with its message", async () => {
    const ideaId = await postIdeaAs(author, { body: "Waar reageren we op?" });
    const empty = await other.post(`/ideas/${ideaId}/reactions`, { body: " ", signAs: "name" });
    await expectRefused(empty, ["Schrijf eerst iets op."]);
    const reacted = await other.post(`/ideas/${ideaId}/reactions`, { body: "Goed plan!", signAs: school.groupB.id });
    expect(reacted.status).toBe(303);
    const page = await (await author.get(`/ideas/${ideaId}`)).text();
    expect(page).toContain("Goed plan!");
    expect(page).toContain(`Van een ouder van ${school.groupB.name}`);
    expect(await (await author.get("/ideas")).text()).toContain("Reacties (1)");
  });
});

describe("editing an idea", () => {
  it("lets the author edit their own idea, marked as edited", async () => {
    const ideaId = await postIdeaAs(author, { body: "Eerste versie" });
    const form = await (await author.get(`/ideas/${ideaId}/edit`)).text();
    expect(form).toContain("Eerste versie");
    const saved = await author.post(`/ideas/${ideaId}/edit`, {
      body: "Tweede versie",
      domain: "learning",
      signAs: "name",
    });
    expect(saved.status).toBe(303);
    const row = await ideaRow(ctx, school.orgId, ideaId);
    expect(row).toMatchObject({ body: "Tweede versie", domain: "learning" });
    expect(row.editedAt).not.toBeNull();
    expect(await (await author.get(`/ideas/${ideaId}`)).text()).toContain("(bewerkt)");
  });

  it("refuses another parent and the school leader editing someone else's idea, changing nothing", async () => {
    const ideaId = await postIdeaAs(author, { body: "Van mij" });
    for (const client of [other, leader]) {
      expect((await client.get(`/ideas/${ideaId}/edit`)).status).toBe(403);
      const response = await client.post(`/ideas/${ideaId}/edit`, {
        body: "Overgenomen",
        domain: "vision",
        signAs: "name",
      });
      expect(response.status).toBe(403);
      expect(await response.text()).toContain("U kunt alleen uw eigen ideeën bewerken.");
    }
    expect((await ideaRow(ctx, school.orgId, ideaId)).body).toBe("Van mij");
    expect(await (await other.get(`/ideas/${ideaId}`)).text()).not.toContain(`/ideas/${ideaId}/edit`);
  });

  it("refuses an edit that empties the idea, keeping the old text", async () => {
    const ideaId = await postIdeaAs(author, { body: "Blijft staan" });
    const response = await author.post(`/ideas/${ideaId}/edit`, { body: "", domain: "vision", signAs: "name" });
    await expectRefused(response, ["Schrijf eerst iets op."]);
    expect((await ideaRow(ctx, school.orgId, ideaId)).body).toBe("Blijft staan");
  });
});
