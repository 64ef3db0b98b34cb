import { describe, expect, it } from "vitest";
import { createTestContext, signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool, createUser } from "../../../tests/helpers/factories.js";
import { pdfTexts } from "../../lib/pdf/testing.js";
import type { DomainId, RespondentGroup } from "../measurements/domain/instrument.js";
import { respond } from "../measurements/domain/fixtures.js";
import { currentInstrument } from "../measurements/instrument/index.js";
import { publishAs } from "../expectations/testing/fixtures.js";
import { closedMeasurement } from "../measurements/testing-results.js";
import { formatCode } from "./domain/code.js";
import { addAdvisor, certificateAudit, certificatesOf, trajectoryWith } from "./testing/fixtures.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { expectFormsLabelled, expectPage } from "../../../tests/helpers/page.js";
import {
  createDaycare,
  expectChildcarePage,
  expectChildcareWords,
  schoolWordsIn,
} from "../../../tests/helpers/wording.js";
import { formatDate } from "../../lib/time/format.js";
import { withOrg } from "../../db/client.js";
import { measurementAudiences, measurementInvitations } from "../../db/schema/index.js";
import { schoolToday } from "../../lib/time/school-date.js";

const ctx = useTestContext({ VERIFY_RATE_LIMIT: "1000" });

/** `count` respondents of a group who answer every item of every domain with `now` (and 5 desired), `vision` with its own figure. */
function responses(
  group: RespondentGroup,
  count: number,
  now: number,
  overrides: Partial<Record<DomainId, number>> = {},
) {
  const answers = Object.fromEntries(
    currentInstrument.questionnaires[group].domains.flatMap((d) =>
      d.items.map((item) => [item.id, [overrides[d.domain] ?? now, 5] as const]),
    ),
  );
  return Array.from({ length: count }, () => respond(group, answers));
}

async function measurement(orgId: string, kind: "baseline" | "final", team: number, parents: number, count = 6) {
  return closedMeasurement(ctx.database.db, orgId, {
    kind,
    title: kind === "baseline" ? "Nulmeting" : "Eindmeting",
    closesAt: new Date(kind === "baseline" ? "2025-03-15" : "2026-06-15"),
    responses: [...responses("team", count, team), ...responses("parents", count, parents)],
  });
}

/** The timeline's certification step, done. */
const certifiedStep = /<h3>Certificering<\/h3><p class="hint">[^<]*<\/p><p>Gedaan op/;

/** A school (or the organisation given) whose trajectory meets every criterion, with its advisor signed in. */
async function readySchool(name?: string, made?: Awaited<ReturnType<typeof createSchool>>) {
  const school = made ?? (await createSchool(ctx.database.db, { name }));
  const advisorUser = await addAdvisor(ctx, school.orgId);
  const measurementIds = [
    await measurement(school.orgId, "baseline", 3, 3),
    await measurement(school.orgId, "final", 4, 4),
  ];
  const trajectoryId = await trajectoryWith(ctx, school.orgId, { advisorId: advisorUser.id, measurementIds });
  const leader = await signIn(ctx, school.leader.email);
  await publishAs(leader, school.year.id);
  expect((await leader.post("/plan/vision", { vision: "Samen zijn we school." })).status).toBe(303);
  expect((await leader.post("/plan/publish")).status).toBe(303);
  return { school, trajectoryId, advisor: await signIn(ctx, advisorUser.email) };
}

/** The measurement's team audience with an invitation for each of `userIds`: the whole team asked. */
function inviteTeam(orgId: string, measurementId: string, userIds: string[]) {
  return withOrg(ctx.database.db, { orgId, userId: null }, async (tx) => {
    const [audience] = await tx
      .insert(measurementAudiences)
      .values({ orgId, measurementId, respondentGroup: "team" })
      .returning();
    await tx.insert(measurementInvitations).values(
      userIds.map((userId) => ({
        orgId,
        measurementId,
        audienceId: audience!.id,
        kind: "mail" as const,
        userId,
        tokenHash: `unmailed:${userId}:${measurementId}`,
        mailed: true,
        responded: true,
      })),
    );
  });
}

describe("a team smaller than the anonymity threshold", () => {
  it("meets the measurement criteria once invited as a whole, with no team figure shown", async () => {
    const daycare = await createDaycare(ctx.database.db);
    const advisorUser = await addAdvisor(ctx, daycare.orgId);
    const team = [daycare.leader.id, daycare.teacher.id];
    const measurementIds = [];
    for (const [kind, mean] of [
      ["baseline", 3],
      ["final", 4],
    ] as const) {
      const id = await closedMeasurement(ctx.database.db, daycare.orgId, {
        kind,
        responses: [...responses("team", 2, mean), ...responses("parents", 6, mean)],
      });
      await inviteTeam(daycare.orgId, id, team);
      measurementIds.push(id);
    }
    await trajectoryWith(ctx, daycare.orgId, { advisorId: advisorUser.id, measurementIds });
    const leader = await signIn(ctx, daycare.leader.email);
    await publishAs(leader, daycare.year.id);
    expect((await leader.post("/plan/vision", { vision: "Samen met ouders." })).status).toBe(303);
    expect((await leader.post("/plan/publish")).status).toBe(303);
    const page = await expectChildcarePage(await (await signIn(ctx, advisorUser.email)).get("/certification"), [
      "De opvang is klaar voor het certificaat.",
      "Team: 2 reacties. Het hele team was uitgenodigd en is kleiner dan de drempel voor anonieme cijfers (5): dat telt als genoeg, het team bespreekt de uitkomsten samen. Ouders: 6 reacties (minimaal 5).",
      "Team te klein voor anonieme cijfers: samen besproken",
    ]);
    // The team's means are never shown, however few it is.
    expect(page).not.toMatch(/<td>Team<\/td><td>\d,\d\d<\/td>/);
  });
});

describe("readiness", () => {
  it("shows every criterion with its figures, and refuses a certificate for a trajectory that is not ready", async () => {
    const school = await createSchool(ctx.database.db);
    const advisorUser = await addAdvisor(ctx, school.orgId);
    const baseline = await measurement(school.orgId, "baseline", 3, 3);
    // Only three parents answered the eindmeting: below the threshold of five.
    const final = await closedMeasurement(ctx.database.db, school.orgId, {
      kind: "final",
      responses: [...responses("team", 6, 4, { information: 2 }), ...responses("parents", 3, 4)],
    });
    await trajectoryWith(ctx, school.orgId, { advisorId: advisorUser.id, measurementIds: [baseline, final] });
    const advisor = await signIn(ctx, advisorUser.email);
    const page = await (await advisor.get("/certification")).text();
    expect(page).toContain("De school is nog niet klaar voor het certificaat.");
    expect(page).toContain("Team: 6 reacties, ouders: 6 reacties (minimaal 5 per groep).");
    expect(page).toContain("Team: 6 reacties, ouders: 3 reacties (minimaal 5 per groep).");
    expect(page).toContain("3 gehouden, minimaal 2 nodig");
    expect(page).toMatch(/Wederzijdse verwachtingen van dit schooljaar gepubliceerd<\/th><td><strong>Nee<\/strong>/);
    expect(page).toMatch(/Samen school-plan gepubliceerd<\/th><td><strong>Nee<\/strong>/);
    expect(page).toMatch(
      /Informatie, verwachtingen en bijdragen<\/th><td>Team<\/td><td>3,00<\/td><td>2,00<\/td><td>3,50<\/td><td><strong>Nee<\/strong>/,
    );

    const refused = await advisor.post("/certification/award");
    await expectConflict(refused, ["niet alle voorwaarden zijn gehaald. Er is niets veranderd."]);
    expect(await certificatesOf(ctx, school.orgId)).toEqual([]);
    expect(await certificateAudit(ctx, school.orgId)).toEqual([]);
  });

  it("follows the criteria the platform administrator sets, and only theirs", async () => {
    const { school, advisor } = await readySchool();
    expect(await (await advisor.get("/certification")).text()).toContain("De school is klaar voor het certificaat.");
    expect((await advisor.post("/certification/criteria", {})).status).toBe(403);

    const admin = await signIn(
      ctx,
      (await createUser(ctx.database.db, { isPlatformAdmin: true, name: "Beheer" })).email,
    );
    const form = {
      min_vision: "4,5",
      min_behaviour: "3,5",
      min_involvement: "3,5",
      min_learning: "3,5",
      min_conversations: "3,5",
      min_information: "3,5",
      noDecline: "on",
      minSchoolSessions: "2",
      minParentSessions: "2",
      validityYears: "3",
    };
    const wrong = await admin.post("/certification/criteria", { ...form, min_vision: "7", validityYears: "0" });
    await expectRefused(wrong, ["Vul een getal in van 1 tot en met 5", "Vul een heel getal in van 1 tot en met 10."]);
    expect(await (await advisor.get("/certification")).text()).toContain("De school is klaar voor het certificaat.");

    expect((await admin.post("/certification/criteria", form)).status).toBe(303);
    const page = await (await admin.get("/certification/criteria")).text();
    expect(page).toContain('value="4,50"');
    expect(page).toContain("door Beheer");
    const strict = await (await advisor.get("/certification")).text();
    expect(strict).toContain("De school is nog niet klaar voor het certificaat.");
    expect((await advisor.post("/certification/award")).status).toBe(409);
    expect(await certificatesOf(ctx, school.orgId)).toEqual([]);
    // Back to the defaults for the other tests.
    expect((await admin.post("/certification/criteria", { ...form, min_vision: "3,5" })).status).toBe(303);
  });
});

describe("the advisor's decision", () => {
  it("lets only the trajectory's advisor decide, and tells the school why not yet", async () => {
    const { school, advisor } = await readySchool();
    const leader = await signIn(ctx, school.leader.email);
    expect((await leader.post("/certification/award")).status).toBe(403);
    const otherAdvisor = await signIn(ctx, (await addAdvisor(ctx, school.orgId, "Andere Adviseur")).email);
    const notTheirs = await otherAdvisor.post("/certification/award");
    expect(notTheirs.status).toBe(403);
    expect(await notTheirs.text()).toContain("Alleen de adviseur van dit traject besluit over het certificaat.");
    expect(await certificatesOf(ctx, school.orgId)).toEqual([]);

    expect((await advisor.post("/certification/not-yet", { reasons: "  " })).status).toBe(422);
    expect(await certificateAudit(ctx, school.orgId)).toEqual([]);
    expect(
      (await advisor.post("/certification/not-yet", { reasons: "Eerst de ouderavond over het plan." })).status,
    ).toBe(303);
    const seen = await (await leader.get("/certification")).text();
    expect(seen).toContain("Eerst de ouderavond over het plan.");
    expect(seen).toContain("Alleen de adviseur van het traject besluit over het certificaat.");
    expect((await certificateAudit(ctx, school.orgId)).map((a) => a.action)).toEqual(["notYet"]);
  });

  it("awards a certificate valid for three years; the trajectory is then certified; a second award is refused", async () => {
    const { school, advisor } = await readySchool("Basisschool De Linde");
    expect((await advisor.post("/certification/award")).status).toBe(303);
    const [certificate] = await certificatesOf(ctx, school.orgId);
    expect(certificate!.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
    const years = Number(certificate!.validUntil.slice(0, 4)) - Number(certificate!.awardedOn.slice(0, 4));
    expect(years).toBe(3);
    expect(certificate!.validUntil.slice(4)).toBe(certificate!.awardedOn.slice(4));
    expect((await certificateAudit(ctx, school.orgId)).map((a) => a.action)).toEqual(["award"]);

    const again = await advisor.post("/certification/award");
    expect(again.status).toBe(409);
    expect(await certificatesOf(ctx, school.orgId)).toHaveLength(1);

    const leader = await signIn(ctx, school.leader.email);
    expect(await (await leader.get("/trajectory")).text()).toMatch(certifiedStep);

    const pdf = await leader.get(`/certification/certificates/${certificate!.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const texts = (await pdfTexts(Buffer.from(await pdf.arrayBuffer()))).join(" ");
    expect(texts).toContain("Basisschool De Linde");
    expect(texts).toContain(formatCode(certificate!.code));
    expect(texts).toContain(`http://localhost:3000/certificaat/${certificate!.code}`);
  });
});

describe("a revoked certificate", () => {
  it("downloads as a PDF that says when it was revoked instead of how long it is valid, in the reader's language", async () => {
    const { school, advisor } = await readySchool("Basisschool De Wilg");
    await advisor.post("/certification/award");
    const [certificate] = await certificatesOf(ctx, school.orgId);
    const reason = { reason: "De school werkt niet meer volgens het plan." };
    expect((await advisor.post(`/certification/certificates/${certificate!.id}/revoke`, reason)).status).toBe(303);
    const leader = await signIn(ctx, school.leader.email);
    const page = await (await leader.get("/certification")).text();
    expect(page).toContain("Ingetrokken certificaat downloaden (PDF)");
    expect(page).not.toContain("Certificaat downloaden (PDF)");

    const printed = async (client: TestClient) => {
      const pdf = await client.get(`/certification/certificates/${certificate!.id}/pdf`);
      expect(pdf.status).toBe(200);
      return (await pdfTexts(Buffer.from(await pdf.arrayBuffer()))).join(" ");
    };
    const revokedOn = formatDate("nl", schoolToday());
    const dutch = await printed(leader);
    expect(dutch).toContain("INGETROKKEN");
    expect(dutch).toContain(`Ingetrokken op ${revokedOn}. Dit certificaat is niet meer geldig.`);
    expect(dutch).not.toContain("Geldig tot en met");
    expect(dutch).toContain("Basisschool De Wilg");

    await leader.post("/language", { locale: "en", back: "/certification" });
    const english = await printed(leader);
    expect(english).toContain("REVOKED");
    expect(english).toContain(`Revoked on ${formatDate("en", schoolToday())}. This certificate is no longer valid.`);
    expect(english).not.toContain("Valid up to and including");
  });
});

describe("the public verification page", () => {
  it("says valid, then revoked after revocation with a reason, signed out and with nothing else", async () => {
    const { school, advisor } = await readySchool("Basisschool Het Anker");
    await advisor.post("/certification/award");
    const [certificate] = await certificatesOf(ctx, school.orgId);
    const anyone = new TestClient(ctx.app);
    const valid = await anyone.get(`/certificaat/${formatCode(certificate!.code).toLowerCase()}`);
    const page = await expectPage(valid, ["Dit certificaat is geldig.", "Basisschool Het Anker"]);
    expect(page).not.toContain("Adviseur");
    // Asked again, the same page (kept by code, language and verdict); in English, the English one.
    const again = `/certificaat/${formatCode(certificate!.code).toLowerCase()}`;
    expect(await (await anyone.get(again)).text()).toBe(page);
    const english = await (await new TestClient(ctx.app, { "accept-language": "en" }).get(again)).text();
    expect(english).toContain("This certificate is valid.");
    expect(english).toContain("Basisschool Het Anker");

    const leader = await signIn(ctx, school.leader.email);
    expect((await leader.post(`/certification/certificates/${certificate!.id}/revoke`, { reason: "x" })).status).toBe(
      403,
    );
    expect((await advisor.post(`/certification/certificates/${certificate!.id}/revoke`, { reason: "" })).status).toBe(
      422,
    );
    expect((await certificatesOf(ctx, school.orgId))[0]!.revokedAt).toBeNull();
    const revoke = await advisor.post(`/certification/certificates/${certificate!.id}/revoke`, {
      reason: "De school werkt niet meer volgens het plan.",
    });
    expect(revoke.status).toBe(303);
    const revoked = await anyone.get(`/certificaat/${certificate!.code}`);
    const revokedPage = await expectPage(revoked, ["Dit certificaat is ingetrokken."]);
    expect(revokedPage).not.toContain("De school werkt niet meer");
    const audit = await certificateAudit(ctx, school.orgId);
    expect(audit.map((a) => a.action)).toEqual(["award", "revoke"]);
    expect(audit[1]!.detail).toBe("De school werkt niet meer volgens het plan.");
    expect(
      (await advisor.post(`/certification/certificates/${certificate!.id}/revoke`, { reason: "nog eens" })).status,
    ).toBe(409);

    // The trajectory is no longer certified: the advisor may decide again.
    expect(await (await leader.get("/trajectory")).text()).not.toMatch(certifiedStep);

    // An unknown or malformed code gets the same status and the same shape of page.
    // The code typed, which the form shows again, aside.
    const shape = (html: string) =>
      /<main[^]*?<\/main>/
        .exec(html)![0]
        .replace(/>[^<]*</g, "><")
        .replace(/ value="[^"]*"/g, "");
    const unknown = await anyone.get(`/certificaat/${"0".repeat(20)}`);
    const malformed = await anyone.get("/certificaat/%3Cscript%3E");
    expect(unknown.status).toBe(revoked.status);
    expect(malformed.status).toBe(revoked.status);
    const unknownPage = await unknown.text();
    expect(unknownPage).toContain("Samen kent geen certificaat met deze code.");
    expect(shape(await malformed.text())).toBe(shape(unknownPage));
  });

  it("can be reached by typing a code into a form on the list and on the verification page, without JavaScript", async () => {
    const { school, advisor } = await readySchool("Basisschool De Sleutel");
    await advisor.post("/certification/award");
    const [certificate] = await certificatesOf(ctx, school.orgId);
    const anyone = new TestClient(ctx.app);
    /** The form that asks for a code: a GET to /certificaat with a labelled field `code`. */
    const codeForm = (html: string) => {
      const form = /<form method="get" action="\/certificaat"[^]*?<\/form>/.exec(html)?.[0] ?? "";
      expect(form).toMatch(/<label for="([^"]+)">Code van het certificaat<\/label>[^]*id="\1" name="code"/);
      expectFormsLabelled(html);
    };

    // The list, where the home page's card leads, asks for a code.
    codeForm(await expectPage(await anyone.get("/certificaten"), ["Certificaat controleren"]));
    // Typed as printed, in lower case with dashes and spaces around it: the verdict on that certificate.
    const typed = await anyone.get(
      `/certificaat?code=${encodeURIComponent(` ${formatCode(certificate!.code).toLowerCase()} `)}`,
    );
    expect(typed.status).toBe(303);
    expect(typed.headers.get("location")).toBe(`/certificaat/${certificate!.code}`);
    await expectPage(await anyone.get(typed.headers.get("location")!), [
      "Dit certificaat is geldig.",
      "Basisschool De Sleutel",
    ]);

    // An unknown code's page lets the visitor type it again, starting from what they typed.
    const unknown = await expectPage(await anyone.get(`/certificaat/${"0".repeat(20)}`), [
      "Samen kent geen certificaat met deze code.",
    ]);
    codeForm(unknown);
    /** What the code field holds, as in the page's markup. */
    const typedIn = (html: string) => /<input[^>]*name="code"[^>]*value="([^"]*)"/.exec(html)?.[1];
    expect(typedIn(unknown)).toBe("0000-0000-0000-0000-0000");
    // A character short (a slip), and something that is no code at all, are shown as typed, escaped.
    const short = formatCode(certificate!.code).slice(0, -1);
    const slipped = await anyone.get(`/certificaat?code=${encodeURIComponent(short)}`);
    expect(slipped.status).toBe(303);
    const slippedPage = await expectPage(await anyone.get(slipped.headers.get("location")!), [
      "Samen kent geen certificaat met deze code.",
    ]);
    expect(typedIn(slippedPage)).toBe(short);
    const markup = await (await anyone.get("/certificaat/%22%3E%3Cb%3Ex")).text();
    expect(typedIn(markup)).toBe("&quot;&gt;&lt;b&gt;x");

    // Nothing typed: the form again, with what to do, in the visitor's language.
    const empty = await anyone.get("/certificaat?code=+");
    expect(empty.status).toBe(422);
    const emptyPage = await empty.text();
    expect(emptyPage).toContain("Vul de code van het certificaat in.");
    codeForm(emptyPage);
    const english = await (await new TestClient(ctx.app, { "accept-language": "en" }).get("/certificaat?code=")).text();
    expect(english).toContain("Enter the code of the certificate.");
    expect(english).toContain('<label for="field-code">Certificate code</label>');

    // The address without a code is the form, not a page that does not exist.
    const bare = await expectPage(await anyone.get("/certificaat"), ["Certificaat controleren"]);
    codeForm(bare);
    expect(bare).not.toContain("Vul de code van het certificaat in.");
  });

  it("is rate-limited per address", async () => {
    const limited = await createTestContext({ VERIFY_RATE_LIMIT: "3" });
    try {
      const client = new TestClient(limited.app, {}, "192.0.2.7");
      for (let i = 0; i < 3; i++) expect((await client.get(`/certificaat/${"1".repeat(20)}`)).status).toBe(200);
      const over = await client.get(`/certificaat/${"1".repeat(20)}`);
      expect(over.status).toBe(429);
      // A code typed into the form is checked on the same page, under the same limit.
      const typed = await client.get(`/certificaat?code=${"1".repeat(20)}`);
      expect((await client.get(typed.headers.get("location")!)).status).toBe(429);
      expect(over.headers.get("retry-after")).toMatch(/^\d+$/);
      expect((await new TestClient(limited.app, {}, "192.0.2.8").get(`/certificaat/${"1".repeat(20)}`)).status).toBe(
        200,
      );
    } finally {
      await limited.close();
    }
  });

  it("lists only the organisations that chose to be listed, with a valid certificate", async () => {
    const listed = await readySchool("Basisschool De Vlinder");
    const unlisted = await readySchool("Basisschool De Mol");
    await listed.advisor.post("/certification/award");
    await unlisted.advisor.post("/certification/award");
    const [certificate] = await certificatesOf(ctx, listed.school.orgId);
    expect(
      (await listed.advisor.post(`/certification/certificates/${certificate!.id}/listing`, { listed: "yes" })).status,
    ).toBe(403);
    const leader = await signIn(ctx, listed.school.leader.email);
    expect(
      (await leader.post(`/certification/certificates/${certificate!.id}/listing`, { listed: "yes" })).status,
    ).toBe(303);
    const list = await (await new TestClient(ctx.app).get("/certificaten")).text();
    expect(list).toContain("Basisschool De Vlinder");
    expect(list).not.toContain("Basisschool De Mol");
    await listed.advisor.post(`/certification/certificates/${certificate!.id}/revoke`, { reason: "Ingetrokken" });
    expect(await (await new TestClient(ctx.app).get("/certificaten")).text()).not.toContain("Basisschool De Vlinder");
  });
});

describe("in a daycare's words", () => {
  it("tells a daycare whether the setting is ready, and its certificate speaks of the team line, in Dutch and English", async () => {
    const { school: daycare, advisor } = await readySchool(undefined, await createDaycare(ctx.database.db));
    const leader = await signIn(ctx, daycare.leader.email);
    await expectChildcareWords([
      {
        who: advisor,
        path: "/certification",
        nl: [
          "bekijkt de adviseur of de opvang klaar is",
          "De opvang is klaar voor het certificaat.",
          "Bijeenkomsten gehouden op de teamlijn",
          "De opvang kan het daarna als PDF downloaden.",
          "Waarom nog niet? De opvang leest dit.",
        ],
        en: [
          "whether the setting is ready for the Samen school certificate",
          "The setting is ready for the certificate.",
          "Sessions held on the team line",
          "The setting can then download it as a PDF.",
        ],
      },
    ]);
    const notYet = await advisor.post("/certification/not-yet", { reasons: "Eerst de ouderavond over het plan." });
    expect(notYet.status).toBe(303);
    await expectChildcarePage(await advisor.get("/certification"), [
      "Uw besluit en de redenen staan nu bij de opvang.",
    ]);
    expect((await advisor.post("/certification/award")).status).toBe(303);
    await expectChildcareWords([
      {
        who: leader,
        path: "/certification",
        nl: ["De opvang staat niet op de openbare lijst van gecertificeerde organisaties."],
        en: ["The setting is not on the public list of certified organisations."],
      },
    ]);
    const [certificate] = await certificatesOf(ctx, daycare.orgId);
    const pdf = await leader.get(`/certification/certificates/${certificate!.id}/pdf`);
    const texts = (await pdfTexts(Buffer.from(await pdf.arrayBuffer()))).join(" ");
    expect(texts).toContain("via gesprekken op de teamlijn en de ouderlijn");
    expect(schoolWordsIn(texts)).toEqual([]);
  });
});
