/**
 * The pages where a daycare's manager keeps its records (children, groups, years, the import) and
 * asks its advisor, in the setting's words in Dutch and English: "kind", "jaar", "uw opvang", never
 * a pupil, a school year or the school.
 */
import { describe, it } from "vitest";
import { advisorOf } from "../../src/features/advice/testing/fixtures.js";
import { useTestContext } from "../helpers/app.js";
import { daycareSignedIn, expectChildcarePage, expectChildcareWords } from "../helpers/wording.js";

const ctx = useTestContext();

describe("a daycare's record pages", () => {
  it("speak of children and years, in Dutch and English", async () => {
    const { daycare, manager } = await daycareSignedIn(ctx);
    await advisorOf(ctx, daycare.orgId);
    const added = await manager.post("/organisation/pupils", {
      firstName: "Mo",
      surnamePrefix: "",
      surname: "Kort",
      dateOfBirth: "",
      pupilNumber: "",
      groupId: daycare.groupA.id,
    });
    const child = added.headers.get("location")!;
    await expectChildcarePage(await manager.get(child), [
      "Het kind is toegevoegd.",
      "Nieuwe ouder of verzorger toevoegen voor dit kind",
    ]);
    await expectChildcareWords([
      {
        who: manager,
        path: child,
        nl: ["Nieuwe ouder of verzorger toevoegen voor dit kind"],
        en: ["Add a new parent or carer for this child"],
      },
      {
        who: manager,
        path: "/organisation/school-years",
        nl: ["<h1>Jaren</h1>", "Nieuw jaar", "Jaar maken"],
        en: ["<h1>Years</h1>", "New year", "Create year"],
      },
      {
        who: manager,
        path: `/organisation/school-years/${daycare.year.id}/archive`,
        nl: ["archiveren", "Na het archiveren ziet u de groepen van dit jaar niet meer."],
        en: ["Archive year", "the groups of this year are no longer shown"],
      },
      {
        who: manager,
        path: "/organisation/groups",
        nl: ["Groepen van dit jaar"],
        en: ["Groups of this year"],
      },
      {
        who: manager,
        path: `/organisation/groups/${daycare.groupA.id}`,
        nl: ["een groep van een ander jaar"],
        en: ["a group of another year"],
      },
      {
        who: manager,
        path: "/advice/sparring",
        nl: ["Vraag een gesprek aan met de adviseur van uw opvang.", "Noem geen namen van kinderen of ouders."],
        en: ["Ask your setting&#39;s advisor for a conversation.", "Do not name children or parents."],
      },
      { who: manager, path: "/expectations", nl: ["Elk jaar spreken ouders"], en: ["Every year, parents"] },
      { who: manager, path: "/calendar", nl: ["Wat er dit jaar gebeurt"], en: ["What happens this year"] },
    ]);
  });
});
