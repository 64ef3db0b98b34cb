/**
 * A daycare's conversations in its own words: a parents' conversation offered first, the
 * pedagogisch medewerker and the group where a school has the teacher and the classroom, the
 * guide's questions asked of the setting; a school keeps its words.
 */
import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { expectPage } from "../../../tests/helpers/page.js";
import { createDaycare, expectChildcareWords } from "../../../tests/helpers/wording.js";
import { createConversationSchool } from "./testing/fixtures.js";
import { bookedConversation } from "./testing/preparation-fixtures.js";

const ctx = useTestContext();

describe("a daycare's conversations", () => {
  it("speak of the pedagogisch medewerker, the group and the setting, in Dutch and English", async () => {
    const db = ctx.database.db;
    const daycare = await createConversationSchool(db, await createDaycare(db));
    const { round, parent, base } = await bookedConversation(ctx, daycare);
    const manager = await signIn(ctx, daycare.leader.email);
    const pm = await signIn(ctx, daycare.teacher.email);
    await expectChildcareWords([
      {
        who: manager,
        path: "/conversations/rounds/new",
        nl: [
          '<option value="parent_teacher" selected="">Oudergesprek</option>',
          // A toddler can be there, not take part: no "driehoeksgesprek" offered at a daycare.
          '<option value="three_way">Gesprek waar het kind bij kan zijn (ouder en pedagogisch medewerker)</option>',
          "Looptijd tussen twee pedagogisch medewerkers (minuten)",
          "tijd om naar de volgende groep te lopen.",
        ],
        en: [
          '<option value="parent_teacher" selected="">Parent conversation</option>',
          "Walking time between two early years practitioners (minutes)",
        ],
      },
      {
        who: manager,
        path: `/conversations/rounds/${round.id}`,
        nl: ["Pedagogisch medewerkers en tijden"],
        en: ["Early years practitioners and times"],
      },
      {
        who: parent,
        path: `/conversations/rounds/${round.id}/book`,
        nl: ["Gesprek waar het kind bij kan zijn (ouder en pedagogisch medewerker)"],
        en: ["Conversation the child can attend (parent and early years practitioner)"],
      },
      {
        who: parent,
        path: `${base}/prepare/parent`,
        nl: [
          "In het gesprek praten u en de pedagogisch medewerker samen; uw kind kan erbij zijn.",
          "Wat gaat goed met uw kind, thuis en op de opvang?",
          "Wat heeft uw kind nodig, van de opvang en van thuis?",
          "Wat wilt u vragen aan de pedagogisch medewerker of aan uw kind?",
        ],
        en: ["In the conversation you and the early years practitioner talk together; your child can be there."],
      },
      {
        who: parent,
        path: `${base}/prepare/pupil`,
        nl: ["Straks praat je met je ouders en met wie op je groep voor je zorgt."],
        en: ["the grown-up who looks after you in your group"],
      },
      {
        who: pm,
        path: `${base}/prepare/teacher`,
        nl: ["Wat gaat goed met dit kind in de groep?", "Wat kan ik als pedagogisch medewerker doen?"],
        en: ["What is going well for this child in the group?"],
      },
      { who: pm, path: `${base}/conversation`, nl: ["Kind"], en: ["Child"] },
      { who: manager, path: "/conversations/history", nl: [">Kind</th>"], en: [">Child</th>"] },
    ]);
  });

  it("leave a school's words as they were", async () => {
    const { school, round, parent, base } = await bookedConversation(ctx);
    const leader = await signIn(ctx, school.leader.email);
    await expectPage(await leader.get("/conversations/rounds/new"), [
      '<option value="three_way" selected="">Driehoeksgesprek (ouder, kind en leraar)</option>',
      "Looptijd tussen twee leraren (minuten)",
    ]);
    await expectPage(await leader.get(`/conversations/rounds/${round.id}`), ["Leraren en tijden"]);
    const prepare = await expectPage(await parent.get(`${base}/prepare/parent`), [
      "In het gesprek praten u, uw kind en de leraar samen.",
      "Wat gaat goed met uw kind, thuis en op school?",
    ]);
    expect(prepare).not.toContain("opvang");
  });
});
