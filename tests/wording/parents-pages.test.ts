/**
 * The pages a daycare's parents and staff meet around the partnership (the idea board, the parent
 * network, the discussion groups, messages, the groups, settings), in the setting's words in Dutch
 * and English; a school's pages keep the school's.
 */
import { describe, expect, it } from "vitest";
import { schoolSignedIn, useTestContext } from "../helpers/app.js";
import { expectPage } from "../helpers/page.js";
import { daycareSignedIn, expectChildcareWords } from "../helpers/wording.js";

const ctx = useTestContext();

describe("a daycare's pages around the partnership", () => {
  it("speak of the setting and its pedagogisch medewerkers, in Dutch and English", async () => {
    const { daycare, manager, parent } = await daycareSignedIn(ctx);
    await expectChildcareWords([
      {
        who: parent,
        path: "/ideas",
        nl: ["Uw opvang heeft nu geen traject, en dus ook geen ideeënbord."],
        en: ["Your setting has no trajectory at the moment"],
      },
      {
        who: parent,
        path: "/network",
        nl: ["ouders helpen de opvang", "Taken waarvoor de opvang hulpouders zoekt."],
        en: ["parents help the setting"],
      },
      {
        who: parent,
        path: "/network/profile",
        nl: ["Niemand (de opvang ziet alleen uw naam en groepen)", "Hulpvragen van de opvang"],
        en: ["Nobody (the setting sees only your name and groups)", "Requests for help from the setting"],
      },
      {
        who: parent,
        path: "/discussions",
        nl: ["over opvoeding en de opvang"],
        en: ["about upbringing and the setting"],
      },
      {
        who: parent,
        path: "/messages",
        nl: [
          "Schrijf de opvang over één van uw kinderen.",
          "Alle pedagogisch medewerkers van uw kind lezen mee, en ook de leidinggevenden en de coördinator ouderbetrokkenheid",
        ],
        en: [
          "Write to the setting about one of your children.",
          "the managers and the parent involvement coordinator read along too",
        ],
      },
      {
        who: manager,
        path: "/messages/settings",
        nl: ["bij de pedagogisch medewerkers bezorgd"],
        en: ["delivered to the early years practitioners"],
      },
      {
        who: parent,
        path: "/network/preview",
        nl: ["Een andere ouder van de opvang", "De opvang (pedagogisch medewerkers, leidinggevende, coördinator)"],
        en: ["Another parent of the setting"],
      },
      {
        who: manager,
        path: `/organisation/groups/${daycare.groupB.id}`,
        nl: ["Pedagogisch medewerker of mentor toevoegen", "zet u alle kinderen van deze groep in één keer over"],
        en: ["Add an early years practitioner or mentor", "move all children of this group at once"],
      },
      {
        who: manager,
        path: "/organisation",
        nl: ["Kinderen en ouders importeren"],
        en: ["Import children and parents"],
      },
    ]);
  });

  it("keep a school's words on a school's pages", async () => {
    const { leader, parent } = await schoolSignedIn(ctx);
    await expectPage(await parent.get("/ideas"), ["Uw school heeft nu geen traject"]);
    await expectPage(await parent.get("/network/profile"), ["Niemand (de school ziet alleen uw naam en groepen)"]);
    await expectPage(await parent.get("/messages"), [
      "Schrijf de school over één van uw kinderen.",
      "Alle leraren van uw kind lezen mee, en ook de schoolleiding en de coördinator ouderbetrokkenheid",
    ]);
    await expectPage(await parent.get("/messages/new"), [
      "Alle leraren van dat kind lezen het, en ook de schoolleiding en de coördinator ouderbetrokkenheid",
    ]);
    const settings = await expectPage(await leader.get("/messages/settings"), ["bij de leraren bezorgd"]);
    expect(settings).not.toContain("opvang");
  });
});
