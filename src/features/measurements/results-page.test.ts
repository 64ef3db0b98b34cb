import { describe, expect, it } from "vitest";
import { useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { addPupils } from "../../../tests/helpers/factories.js";
import { answerThroughOpenLink, createMeasurementAs, openLinkOf } from "./testing.js";
import { enlargeSchool } from "./testing/larger-school.js";
import { expectFormsLabelled, expectPage, tableOf } from "../../../tests/helpers/page.js";
import { expectConflict } from "../../../tests/helpers/refusal.js";
import { pdfTexts } from "../../lib/pdf/testing.js";

const ctx = useTestContext();

describe("the quality thermometer", () => {
  it("shows results only after closing, and hides a group of 4", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    // Through an open link answer no more than the class has pupils, or parents without a mailed invitation.
    await addPupils(ctx.database.db, school.groupB, 4);
    await addPupils(ctx.database.db, school.groupA, 4);
    const id = await createMeasurementAs(leader, { team: "", parents: school.groupA.id, pupils: school.groupB.id });
    const pupils = await openLinkOf(leader, id, `Leerlingen van ${school.groupB.name}`);
    const parents = await openLinkOf(leader, id, `Ouders van ${school.groupA.name}`);
    for (let i = 0; i < 5; i++) {
      await answerThroughOpenLink(ctx, pupils, { "current:pupils.vision.1": "4", "desired:pupils.vision.1": "5" });
    }
    for (let i = 0; i < 4; i++) {
      await answerThroughOpenLink(ctx, parents, { "current:parents.vision.1": "1", "desired:parents.vision.1": "5" });
    }
    const early = await leader.get(`/organisation/measurements/${id}/results`);
    await expectConflict(early, ["De uitkomsten komen als de meting gesloten is."]);

    await leader.post(`/organisation/measurements/${id}/close`);
    const detail = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(detail).toContain(`href="/organisation/measurements/${id}/results"`);
    const response = await leader.get(`/organisation/measurements/${id}/results`);
    const html = await expectPage(response, [
      "<h1>Kwaliteitsthermometer</h1>",
      "Ouders: 4 reacties<strong> – te weinig reacties</strong>",
      "Van een groep of klas met minder dan 5 reacties tonen we geen cijfers",
    ]);
    const vision = tableOf(html, "<caption>Visie, per groep</caption>");
    expect(vision).toContain('<th scope="row">Ouders</th><td colspan="4" class="hidden-cell">te weinig reacties</td>');
    expect(vision).toContain('<th scope="row">Leerlingen</th><td>4,0</td><td>5,0</td><td>+1,0</td><td>100%</td>');
    // The parents' answers (1) appear nowhere, not in the chart nor in any table.
    expect(html).not.toContain("<td>1,0</td>");
    expect(html).not.toContain("+4,0");
    expect(html).toMatch(/<svg class="radar"[^>]*role="img"/);
    expect(html.match(/class="radar-series radar-/g)).toHaveLength(1);
    // The team was not asked: there is no one to compare with, so no section that blames too few responses.
    expect(html).not.toContain("Verschillen in beleving");
    expect(html).not.toContain("er zijn te weinig reacties");
    const pdf = await leader.get(`/organisation/measurements/${id}/export/report.pdf`);
    const report = (await pdfTexts(Buffer.from(await pdf.arrayBuffer()))).join("\n");
    expect(report).toContain("Kwaliteitsthermometer");
    expect(report).not.toContain("Verschillen in beleving");
    expect(tableOf(html, "<caption>Gemiddelde nu, per onderwerp en groep</caption>")).toContain(
      '<th scope="row">Visie</th><td>te weinig reacties</td><td>4,0</td>'.replace(
        "<td>te",
        '<td class="hidden-cell">te',
      ),
    );
  });

  it("puts groups side by side with perception differences and priorities once enough have answered", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await enlargeSchool(ctx.database.db, school);
    const id = await createMeasurementAs(leader, { parents: school.groupA.id, pupils: school.groupB.id });
    const simulated = await leader.post(`/organisation/measurements/${id}/simulate`);
    expect(simulated.status).toBe(303);
    const rates = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(rates).not.toContain("Bij een of meer groepen zijn nog te weinig reacties");
    await leader.post(`/organisation/measurements/${id}/close`);

    const html = await (await leader.get(`/organisation/measurements/${id}/results`)).text();
    expect(html.match(/class="radar-series radar-/g)).toHaveLength(3);
    // The radar's own title and the section's heading are two elements: one id each.
    expectFormsLabelled(html);
    // Every group is above the threshold: no hidden cell, no group marked as too small.
    expect(html).not.toContain('class="hidden-cell"');
    expect(html).not.toContain("<strong> – te weinig reacties</strong>");
    expect(html).not.toContain("Van een groep of klas met minder dan");
    expect(html).toContain('<h2 id="perception-title">Verschillen in beleving</h2>');
    expect(html).toContain("<caption>Verschil met het team in het gemiddelde nu</caption>");
    expect(html).toMatch(
      /<ol class="priorities"><li>[^<]+ volgens (team|ouders|leerlingen): nu \d,\d, gewenst \d,\d<\/li>/,
    );
    expect(html).toContain(`<th scope="row">${school.groupA.name}</th>`);
  });

  it("is in English for an English reader", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await leader.post("/language", { locale: "en", back: "/" });
    const id = await createMeasurementAs(leader, { parents: school.groupA.id });
    await leader.post(`/organisation/measurements/${id}/close`);
    const html = await (await leader.get(`/organisation/measurements/${id}/results`)).text();
    expect(html).toContain("<h1>Quality thermometer</h1>");
    expect(html).toContain("Team: 0 responses<strong> – too few responses</strong>");
    expect(html).toContain("No group has enough responses to show results.");
    // Team and parents were asked, but too few answered to compare them.
    expect(html).toContain("There is nothing to compare yet: there are too few responses.");
  });
});
