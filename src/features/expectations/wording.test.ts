/** A daycare and its parents agree the year's expectations in the daycare's words: "de opvang", the "pedagogisch medewerker". */
import { describe, it } from "vitest";
import { eq } from "drizzle-orm";
import { lastMailTo, signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createParent } from "../../../tests/helpers/factories.js";
import { expectPage } from "../../../tests/helpers/page.js";
import { expectConflict } from "../../../tests/helpers/refusal.js";
import {
  createDaycare,
  expectChildcareMail,
  expectChildcarePage,
  expectNoSchoolWords,
} from "../../../tests/helpers/wording.js";
import { withOrg } from "../../db/client.js";
import { expectationResponses, users } from "../../db/schema/index.js";

const ctx = useTestContext();

describe("a daycare's expectations", () => {
  it("are agreed between parents and 'de opvang'", async () => {
    const daycare = await createDaycare(ctx.database.db);
    const leader = await signIn(ctx, daycare.leader.email);
    const year = `/expectations/${daycare.year.id}`;
    await expectChildcarePage(await leader.get("/expectations"), [
      "Elk jaar spreken ouders en de opvang af wat zij van elkaar mogen verwachten.",
      "Wat ouders van de opvang mogen verwachten",
      "U neemt contact op als u zich zorgen maakt, eerst met de pedagogisch medewerker.",
    ]);
    await leader.post(year, { ofSchool: "Wij bellen u als er iets is.", ofParents: "U haalt uw kind op tijd op." });
    await leader.post(`${year}/publish`);

    const parent = await signIn(ctx, daycare.parent.email);
    await expectChildcarePage(await parent.get(year), [
      "Wat de opvang van ouders mag verwachten",
      "Laat het de opvang weten.",
    ]);
    await parent.post(`${year}/confirm`);
    await parent.post(`${year}/responses`, { body: "Mag ik op vrijdag later ophalen?" });
    const staff = await expectChildcarePage(await leader.get(year), ["De hele opvang"]);
    const answer = staff.match(/responses\/[0-9a-f-]{36}\/answer/)?.[0];
    await leader.post(`${year}/${answer}`, { answer: "Ja, tot half zeven." });
    await expectChildcarePage(await parent.get(year), ["Antwoord van de opvang", "Reageer aan de opvang"]);
    expectChildcareMail(await lastMailTo(ctx, daycare.parent.email), [
      "De opvang heeft geantwoord op uw reactie over de wederzijdse verwachtingen",
      "Ja, tot half zeven.",
    ]);

    const other = await createParent(ctx.database.db, daycare, "Parent", "child");
    const reader = await signIn(ctx, other.email, new TestClient(ctx.app, { "accept-language": "en" }));
    await expectChildcarePage(await reader.get(year), [
      "What parents may expect of the setting",
      "Let the setting know.",
    ]);
    await ctx.database.db.update(users).set({ locale: "en" }).where(eq(users.id, other.id));
    await reader.post(`${year}/responses`, { body: "May I collect later on Fridays?" });
    const [english] = await withOrg(ctx.database.db, { orgId: daycare.orgId, userId: null }, (tx) =>
      tx.select().from(expectationResponses).where(eq(expectationResponses.authorId, other.id)),
    );
    await leader.post(`${year}/responses/${english!.id}/answer`, { answer: "Yes, until half past six." });
    expectChildcareMail(await lastMailTo(ctx, other.email), [
      "The setting answered your response about the mutual expectations",
      "Yes, until half past six.",
    ]);
    // Confirming again is refused in the setting's words, and the settings page names the mail so.
    await reader.post(`${year}/confirm`);
    const again = await reader.post(`${year}/confirm`);
    expectNoSchoolWords(await expectConflict(again, ["You had already said that you read this version."]));
    await expectPage(await parent.get("/account/notifications"), [
      "Antwoord van de opvang op uw reactie over wederzijdse verwachtingen",
    ]);
  });
});

describe("the expectations in the header menu", () => {
  it("are called what the page is about, not 'Afspraken' (agreements after a conversation)", async () => {
    const daycare = await createDaycare(ctx.database.db);
    const parent = await signIn(ctx, daycare.parent.email);
    await expectPage(await parent.get("/home"), ['<a href="/expectations">Verwachtingen</a>']);
    await parent.post("/language", { locale: "en", back: "/home" });
    await expectPage(await parent.get("/home"), ['<a href="/expectations">Expectations</a>']);
  });
});
