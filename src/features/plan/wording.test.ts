/** A daycare's plan in its own words: the plan of 'de opvang' and parents, to its staff and its parents. */
import { describe, expect, it } from "vitest";
import { useTestContext } from "../../../tests/helpers/app.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { daycareSignedIn, expectChildcareWords, expectNoSchoolWords } from "../../../tests/helpers/wording.js";
import { startTrajectory } from "../ideas/testing/fixtures.js";
import { actionForm, actionRows, addActionAs, responseRows } from "./testing/fixtures.js";

const ctx = useTestContext();

describe("a daycare's plan", () => {
  it("is the plan of 'de opvang' and parents, to staff and parents, in Dutch and English", async () => {
    const { daycare, manager, pm, parent } = await daycareSignedIn(ctx);
    await startTrajectory(ctx, daycare);
    await expectChildcareWords([
      {
        who: parent,
        path: "/plan/for-parents",
        nl: ["De opvang heeft het plan nog niet gepubliceerd."],
        en: ["The setting has not published the plan yet."],
      },
    ]);
    expectNoSchoolWords(
      await expectRefused(await manager.post("/plan/actions", actionForm({ owner: "" })), [
        "Kies wie het doet: de opvang, ouders of samen.",
      ]),
    );
    await addActionAs(ctx, daycare.orgId, manager, { title: "Koffieochtend", owner: "school" });
    expect((await manager.post("/plan/publish")).status).toBe(303);
    const [action] = await actionRows(ctx, daycare.orgId);
    const respond = { subject: "action", subjectId: action!.id, [`body-${action!.id}`]: "Ik doe mee" };
    expect((await parent.post("/plan/for-parents/responses", respond)).status).toBe(303);
    const [response] = await responseRows(ctx, daycare.orgId);
    const answer = { [`answer-${response!.id}`]: "Fijn, tot dan." };
    expect((await manager.post(`/plan/responses/${response!.id}/answer`, answer)).status).toBe(303);

    const intro = {
      nl: ["Het plan van de opvang en ouders samen", ">Opvang</td>"],
      en: ["The plan the setting and parents make together", ">Setting</td>"],
    };
    await expectChildcareWords([
      {
        who: manager,
        path: "/plan",
        nl: [...intro.nl, "Wat willen de opvang en ouders samen bereiken?"],
        en: [...intro.en, "What do the setting and parents want to achieve together?"],
      },
      { who: pm, path: "/plan", ...intro },
      {
        who: manager,
        path: "/plan/actions/new",
        nl: ["De opvang, de ouders, of samen.", ">Opvang<"],
        en: ["The setting, the parents, or together.", ">Setting<"],
      },
      { who: manager, path: "/plan/responses", nl: ["Antwoord van de opvang:"], en: ["answer:"] },
      {
        who: parent,
        path: "/plan/for-parents",
        nl: [
          "Het plan van de opvang en ouders",
          "Dit plan maakten de opvang en ouders samen",
          "Antwoord van de opvang:",
          "Alleen de opvang leest uw reactie",
        ],
        en: [
          "The plan of the setting and parents",
          "The setting and parents made this plan together",
          "Only the setting reads your response",
        ],
      },
      { who: parent, path: "/plan/print", nl: ["Koffieochtend", "Opvang"], en: ["Koffieochtend", "Setting"] },
    ]);
  });
});
