/** A daycare's news in its own words: posts to the whole 'opvang', which answers, decides and may switch reactions off. */
import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { daycareSignedIn, expectChildcareWords } from "../../../tests/helpers/wording.js";
import { addParents, postNewsAs, storedNews } from "./testing/fixtures.js";

const ctx = useTestContext();

describe("a daycare's news", () => {
  it("comes from 'de opvang', to staff and parents, in Dutch and English", async () => {
    const { daycare, manager, pm, parent } = await daycareSignedIn(ctx);
    const [readerUser] = await addParents(ctx, daycare, daycare.groupA.id, 1);
    const reader = await signIn(ctx, readerUser!.email);
    const open = await postNewsAs(manager, { title: "Naar de kinderboerderij", body: "Trek laarzen aan." });
    const closed = await postNewsAs(manager, { title: "Sinterklaas", body: "Hij komt!", reactionsOpen: "" });
    // The parent who has read nothing yet is told of both posts on their home page.
    await expectChildcareWords([
      {
        who: reader,
        path: "/home",
        nl: ["2 nieuwe nieuwsberichten van de opvang"],
        en: ["2 new posts from the setting"],
      },
    ]);

    expect((await parent.post(`/news/${open}/reactions`, { kind: "question", body: "Hoe laat?" })).status).toBe(303);
    const [reaction] = (await storedNews(ctx, daycare)).reactions;
    const answer = { answer: "Om negen uur." };
    expect((await manager.post(`/news/${open}/reactions/${reaction!.id}/answer`, answer)).status).toBe(303);
    expect((await parent.post("/news/suggestions", { title: "Ruilmarkt", body: "Graag." })).status).toBe(303);
    expect((await parent.post("/news/suggestions", { title: "Fietstocht", body: "Graag." })).status).toBe(303);
    const [declined] = (await storedNews(ctx, daycare)).suggestions.filter((s) => s.title === "Fietstocht");
    const reason = { reason: "Te ver weg." };
    expect((await manager.post(`/news/suggestions/${declined!.id}/decline`, reason)).status).toBe(303);

    await expectChildcareWords([
      { who: manager, path: `/news/${open}`, nl: ["Hele opvang"], en: ["Whole setting"] },
      { who: pm, path: `/news/${open}`, nl: ["Hele opvang"], en: ["Whole setting"] },
      { who: manager, path: "/news/suggestions", nl: ["wacht op de opvang"], en: ["waiting for the setting"] },
      {
        who: parent,
        path: `/news/${open}`,
        nl: ["Antwoord van de opvang", "Om negen uur.", "De opvang antwoordt hier."],
        en: ["Om negen uur.", "The setting answers here."],
      },
      {
        who: parent,
        path: `/news/${closed}`,
        nl: ["De opvang heeft reacties bij dit bericht uitgezet."],
        en: ["The setting switched reactions off for this post."],
      },
      {
        who: parent,
        path: "/news/suggestions",
        nl: ["de opvang besluit", "wacht op de opvang", "De opvang nam dit niet over: Te ver weg."],
        en: ["the setting decides", "waiting for the setting", "The setting did not take this up: Te ver weg."],
      },
    ]);
  });
});
