/** The questionnaire speaks to each respondent one way: "je" to a colleague of the team, "u" to a parent, never both. */
import { describe, expect, it } from "vitest";
import { leaderSignedIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createMeasurementAs, questionnaireLink, runQueuedInvitations } from "./testing.js";

const ctx = useTestContext();

const FORMAL = /\b(?:u|uw)\b/gi;
const INFORMAL = /\b(?:je|jij|jou|jouw)\b/gi;

/** The words of the page's main part (the questionnaire itself, not the site's header and footer). */
async function wordsOf(response: Response): Promise<string> {
  const html = await response.text();
  const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? html;
  return main.replace(/<[^>]*>/g, " ").replace(/&#39;/g, "'");
}

/** Each page the respondent meets on the way: the intro, a page resumed, the empty send, the review, the second send. */
async function pagesOf(link: string): Promise<string[]> {
  const client = new TestClient(ctx.app);
  const pages = [await wordsOf(await client.get(link)), await wordsOf(await client.post(`${link}/send`))];
  await client.post(`${link}/1`, { go: "next" });
  pages.push(await wordsOf(await client.get(link)), await wordsOf(await client.get(`${link}/all`)));
  pages.push(await wordsOf(await client.get(`${link}/all?saved=1`)));
  return pages;
}

describe("the questionnaire's way of address", () => {
  it("says 'je' throughout to the team and 'u' throughout to parents", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader, { parents: school.groupA.id });
    await runQueuedInvitations(ctx, id);

    const team = await pagesOf(await questionnaireLink(ctx, school.teacher.email));
    expect(team.join(" ")).toContain("Je antwoorden zijn anoniem.");
    expect(team.join(" ")).toContain("Je antwoorden worden per pagina bewaard. Je kunt later verder gaan");
    expect(team.join(" ")).toContain("Verder waar je gebleven was");
    for (const page of team) expect(page.match(FORMAL) ?? []).toEqual([]);

    const parents = await pagesOf(await questionnaireLink(ctx, school.parent.email));
    expect(parents.join(" ")).toContain("Uw antwoorden worden per pagina bewaard. U kunt later verder gaan");
    for (const page of parents) expect(page.match(INFORMAL) ?? []).toEqual([]);
  });
});
