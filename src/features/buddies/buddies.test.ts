/**
 * Buddies as parents and the coordinator use them: asking (and a second request refused), offering,
 * suggestions ranked by shared language and group, pairing with an introduction mail to both,
 * nothing visible to other parents, the pair's age, and ending a pairing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { lastMailTo, signIn, type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import type { School } from "../../../tests/helpers/isolation.js";
import { withOrg } from "../../db/client.js";
import { auditLog, buddyPairs, buddyRequests } from "../../db/schema/index.js";
import { addParent, askAs, firstRequestOn, offerAs } from "./testing/fixtures.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { expectFormsLabelled, expectPage } from "../../../tests/helpers/page.js";
import { createDaycare, expectChildcareWords } from "../../../tests/helpers/wording.js";

let school: School;
let asker: TestClient;
let arabic: TestClient;
let dutch: TestClient;
let outsider: TestClient;
let leader: TestClient;
let teacher: TestClient;
let arabicUser: { id: string; email: string };

const ctx = useTestContext();
beforeAll(async () => {
  school = await createSchool(ctx.database.db);
  arabicUser = await addParent(ctx, school, "Samira Haddad", "other");
  const dutchUser = await addParent(ctx, school, "Daan de Vries", "child");
  const outsiderUser = await addParent(ctx, school, "Olga Anders", "other");
  asker = await signIn(ctx, school.parent.email);
  arabic = await signIn(ctx, arabicUser.email);
  dutch = await signIn(ctx, dutchUser.email);
  outsider = await signIn(ctx, outsiderUser.email);
  leader = await signIn(ctx, school.leader.email);
  teacher = await signIn(ctx, school.teacher.email);
});

const rows = () =>
  withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => ({
    requests: await tx.select().from(buddyRequests),
    pairs: await tx.select().from(buddyPairs),
  }));

describe("asking for a buddy and offering to be one", () => {
  it("refuses a request without reasons or languages and a second request, with nothing changed", async () => {
    const empty = await asker.post("/buddies/request", { availability: "morning" });
    await expectRefused(empty, ["Kies minstens één reden.", "Kies minstens één taal."]);
    expect((await rows()).requests).toHaveLength(0);

    await askAs(asker);
    const again = await asker.post("/buddies/request", { reasons: "new", languages: "nl", availability: "evening" });
    await expectConflict(again, ["U heeft al een buddy gevraagd."]);
    expect((await rows()).requests).toHaveLength(1);
    expect(await (await asker.get("/buddies")).text()).toContain("De coördinator zoekt iemand voor u.");
  });
});

describe("pairing", () => {
  it("suggests the volunteer with a shared language first, and introduces both parents by mail", async () => {
    await offerAs(dutch, { languages: ["nl"], availability: ["morning"] });
    await offerAs(arabic, { languages: ["ar", "nl"], availability: ["evening"] });
    const { page, requestId, offerId } = await firstRequestOn(leader);
    expect(page).toContain("Wij komen uit Syrië");
    const samira = page.indexOf("Samira Haddad");
    const daan = page.indexOf("Daan de Vries");
    expect(samira).toBeGreaterThan(-1);
    expect(samira).toBeLessThan(daan);
    expect(page).toContain("spreekt Arabisch");

    expect((await teacher.post(`/buddies/requests/${requestId}/match`, { offerId: offerId! })).status).toBe(403);
    // No buddy chosen: the error summary names the choice, though its radio buttons are made by hand.
    await expectRefused(await leader.post(`/buddies/requests/${requestId}/match`, {}), [
      "Voorgestelde buddy&#39;s (beste eerst): kies een buddy.",
    ]);
    expect((await leader.post(`/buddies/requests/${requestId}/match`, { offerId: offerId! })).status).toBe(303);
    const toParent = await lastMailTo(ctx, school.parent.email);
    expect(toParent?.subject).toBe("Kennismaking: Samira Haddad");
    expect(toParent?.text).toContain(arabicUser.email);
    const toBuddy = await lastMailTo(ctx, arabicUser.email);
    expect(toBuddy?.text).toContain(school.parent.email);
    expect(toBuddy?.kind).toBe("buddy.introduction");
    const audit = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(auditLog),
    );
    expect(audit.filter((e) => e.entity === "buddy_pair").map((e) => e.action)).toEqual(["match"]);

    const again = await leader.post(`/buddies/requests/${requestId}/match`, { offerId: offerId! });
    expect(again.status).toBe(409);
    const coordinator = await (await leader.get("/buddies/coordinate")).text();
    expect(coordinator).toContain("0 dagen");
    expect(coordinator).toContain("Er wachten geen vragen.");
    expect(await (await asker.get("/buddies")).text()).toContain("Uw buddy: Samira Haddad");
  });

  it("shows another parent nothing of it, and lets them end nothing", async () => {
    expect((await outsider.get("/buddies/coordinate")).status).toBe(403);
    const own = await (await outsider.get("/buddies")).text();
    for (const secret of ["Samira Haddad", "Wij komen uit Syrië", school.parent.email, "Daan de Vries"]) {
      expect(own).not.toContain(secret);
    }
    const [pair] = (await rows()).pairs;
    expect((await outsider.post(`/buddies/pairs/${pair!.id}/end`)).status).toBe(404);
    expect((await rows()).pairs).toHaveLength(1);
  });

  it("lets the buddy end the pairing: the request goes, the other parent is told", async () => {
    const [pair] = (await rows()).pairs;
    expect((await arabic.post(`/buddies/pairs/${pair!.id}/end`)).status).toBe(303);
    expect(await rows()).toEqual({ requests: [], pairs: [] });
    expect((await lastMailTo(ctx, school.parent.email))?.subject).toBe("Uw buddykoppeling is beëindigd");
    expect(await (await arabic.get("/buddies")).text()).toContain("U staat klaar als buddy.");
  });
});

describe("the pages as people read them", () => {
  it("gives each of the parent's two forms its own labels, hints and error links", async () => {
    const page = await expectPage(await outsider.get("/buddies"), ["Vraag een buddy", "Word buddy"]);
    expectFormsLabelled(page);
    const refused = await outsider.post("/buddies/offer", { capacity: "1" });
    expect(refused.status).toBe(422);
    expectFormsLabelled(await refused.text());
  });

  it("tells the parent both get a mail, in good Dutch", async () => {
    const page = await expectPage(await outsider.get("/buddies"), ["dan krijgt u allebei een mail"]);
    expect(page).not.toContain("krijgen u allebei");
  });

  it("speaks to the coordinator as the coordinator, not as a parent asking, in Dutch and English", async () => {
    await offerAs(outsider, { languages: ["nl"], availability: ["morning"] });
    const dutch = await expectPage(await leader.get("/buddies/coordinate"), [">Talen<", ">Wanneer<"]);
    const english = await expectPage(await leader.get("/buddies/coordinate", { "accept-language": "en" }), [
      ">Languages<",
      ">When<",
    ]);
    for (const parentsText of [
      "Welke talen spreekt u?",
      "Wanneer kunt u meestal?",
      "ziet uw vraag of aanbod",
      "Which languages do you speak?",
      "your request or offer",
    ]) {
      expect(dutch + english).not.toContain(parentsText);
    }
    expect(dutch).toContain("Andere ouders zien hier niets van.");
    expectFormsLabelled(dutch);
  });
});

describe("in a daycare's words", () => {
  it("asks parents whether they are new at the setting, and shows the manager their request so, in Dutch and English", async () => {
    const daycare = await createDaycare(ctx.database.db);
    const asking = await signIn(ctx, daycare.parent.email);
    const newcomer = await signIn(ctx, (await addParent(ctx, daycare, "Nieuwe Ouder")).email);
    const manager = await signIn(ctx, daycare.leader.email);
    await askAs(asking, { reasons: ["new", "firstChild"] });
    await expectChildcareWords([
      {
        who: newcomer,
        path: "/buddies",
        nl: [
          "Bent u nieuw bij de opvang, is de opvang lastig te bereiken",
          "Alleen de coördinator van de opvang ziet uw vraag of aanbod.",
          "Wij zijn nieuw bij de opvang",
          "Het is ons eerste kind bij de opvang",
        ],
        en: [
          "New at the setting, or is the setting hard to reach",
          "Only the setting&#39;s coordinator sees your request or offer.",
          "It is our first child at the setting",
        ],
      },
      {
        who: manager,
        path: "/buddies/coordinate",
        nl: [
          "Alleen de leidinggevende en de coördinator zien de vragen en aanbiedingen.",
          "Wij zijn nieuw bij de opvang · Het is ons eerste kind bij de opvang",
        ],
        en: [
          "Only the manager and the coordinator see the requests and offers.",
          "We are new at the setting · It is our first child at the setting",
        ],
      },
    ]);
  });
});
