/**
 * The pages where a daycare's manager keeps its records (children, groups, years, the import) and
 * asks its advisor, and where its people delete their account, in the setting's words in Dutch and
 * English: "kind", "jaar", "uw opvang", never a pupil, a school year or the school.
 */
import { describe, expect, it } from "vitest";
import { advisorOf } from "../../src/features/advice/testing/fixtures.js";
import { lastMailTo, signIn, useTestContext } from "../helpers/app.js";
import { unique } from "../helpers/factories.js";
import { expectPage } from "../helpers/page.js";
import {
  daycareSignedIn,
  expectChildcareMail,
  expectChildcarePage,
  expectChildcareWords,
  expectNoSchoolWords,
} from "../helpers/wording.js";

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

  it("says why an import file was too large in the setting's words, in Dutch and English", async () => {
    const { manager } = await daycareSignedIn(ctx);
    const tooLarge = {
      nl: "Een export van de administratie van de opvang is meestal kleiner dan 1 MB: exporteer alleen de kinderen",
      en: "A setting&#39;s export is usually smaller than 1 MB: export only the children and their parents",
    };
    for (const locale of ["nl", "en"] as const) {
      await manager.post("/language", { locale, back: "/home" });
      const page = await manager.get("/organisation/import?problem=tooLarge");
      expect(page.status).toBe(422);
      const html = await page.text();
      expect(html).toContain(tooLarge[locale]);
      expectNoSchoolWords(html);
    }
  });

  it("say what deleting an account leaves with the setting, to its manager and its parents", async () => {
    const { manager, parent } = await daycareSignedIn(ctx);
    const leaves = {
      nl: [
        "uw rollen in Samen,",
        "Wat bij de opvang blijft, en waarom",
        "De administratie van de opvang: uw gegevens als ouder of verzorger in het register van de opvang blijven staan",
        "Wat de opvang vastlegde over haar eigen werk",
      ],
      en: [
        "your roles in Samen,",
        "What stays with the setting, and why",
        "The setting&#39;s records: your details as a parent or carer in the setting&#39;s register stay",
        "What the setting recorded about its own work",
      ],
    };
    await expectChildcareWords([
      {
        who: manager,
        path: "/account/delete",
        nl: [...leaves.nl, "U bent de enige leidinggevende van Kinderdagverblijf "],
        en: [...leaves.en, "You are the only manager of Kinderdagverblijf "],
      },
      { who: parent, path: "/account/delete", ...leaves },
    ]);
  });

  it("invite an early years practitioner without saying the school sees them", async () => {
    const { manager } = await daycareSignedIn(ctx);
    const email = `pm-${unique()}@example.test`;
    await manager.post("/organisation/staff/invite", { name: "Nieuwe Pm", email, roles: "teacher" });
    expectChildcareMail(await lastMailTo(ctx, email), ["als pedagogisch medewerker"]);
    const invitee = await signIn(ctx, email);
    // The person belongs to no organisation yet: the page speaks of any that may invite them.
    const page = await expectPage(await invitee.get("/invitations"), [
      "nodigt u uit als pedagogisch medewerker",
      "krijgt u de rollen en ziet de school of opvang uw naam",
    ]);
    expect(page).not.toContain("ziet de school uw naam");
    // The manager's trail says what was offered in words, not as the code the invitation wrote.
    await expectChildcarePage(await manager.get("/organisation/audit?entity=staff"), [
      "Uitnodiging voor de rollen: pedagogisch medewerker",
    ]);
  });
});
