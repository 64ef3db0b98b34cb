/**
 * The year's expectations end to end through the pages: written from the starter text, versioned,
 * published, shown on a parent's home page until confirmed, confirmed once per version, answered;
 * shares per group without names; rights and refusals change nothing.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { lastMailTo, schoolSignedIn, type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { useFixtureParts } from "../../../tests/helpers/fixture.js";
import { withOrg } from "../../db/client.js";
import { schoolYears } from "../../db/schema/index.js";
import { expectationsPublished, expectationsPublishedThisYear } from "./index.js";
import { publishAs, storedRows, text } from "./testing/fixtures.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();
const { school, leader, teacher, parent } = useFixtureParts(() => schoolSignedIn(ctx));

const page = (client: TestClient, path = `/expectations/${school.year.id}`) => client.get(path).then((r) => r.text());
const published = () =>
  withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
    expectationsPublished(tx, school.orgId, school.year.id),
  );

describe("the year's expectations", () => {
  it("start from the starter text, are saved as versions and reach parents only when published", async () => {
    const first = await page(leader, "/expectations");
    expect(first).toContain("Schrijf de verwachtingen voor dit schooljaar");
    expect(first).toContain("Wij zien u als partner");
    expect(await page(parent)).toContain("nog niet gepubliceerd");
    expect((await parent.post(`/expectations/${school.year.id}/confirm`)).status).toBe(409);

    expect((await leader.post(`/expectations/${school.year.id}`, text)).status).toBe(303);
    expect(await published()).toBe(false);
    expect(await page(parent)).not.toContain(text.ofSchool);
    expect(await (await parent.get("/home")).text()).not.toContain("bevestig de wederzijdse verwachtingen");

    expect((await leader.post(`/expectations/${school.year.id}/publish`)).status).toBe(303);
    expect(await published()).toBe(true);
    const again = await leader.post(`/expectations/${school.year.id}/publish`);
    await expectConflict(again, ["Er is geen nieuwe versie om te publiceren"]);
    expect((await storedRows(ctx, school)).versions).toEqual([1]);
  });

  it("ask the parent on their home page until they confirm, once per published version", async () => {
    const home = await (await parent.get("/home")).text();
    expect(home).toContain("Lees en bevestig de wederzijdse verwachtingen voor 2026-2027");
    expect(await page(parent)).toContain(text.ofParents);

    expect((await parent.post(`/expectations/${school.year.id}/confirm`)).status).toBe(303);
    const twice = await parent.post(`/expectations/${school.year.id}/confirm`);
    await expectConflict(twice, ["U had al laten weten dat u deze versie gelezen heeft"]);
    expect((await storedRows(ctx, school)).confirmations).toHaveLength(1);
    expect(await (await parent.get("/home")).text()).not.toContain("bevestig de wederzijdse verwachtingen");

    await publishAs(leader, school.year.id, { ...text, ofParents: "U komt naar de gesprekken." });
    expect(await (await parent.get("/home")).text()).toContain("bevestig de wederzijdse verwachtingen");
    expect((await parent.post(`/expectations/${school.year.id}/confirm`)).status).toBe(303);
    expect((await storedRows(ctx, school)).confirmations.map((c) => c.version)).toEqual([2]);
  });

  it("show staff the share per group, never who, and hide groups below the anonymity threshold", async () => {
    const seen = await page(teacher);
    expect(seen).toContain("Bevestigd per groep");
    expect(seen).toContain("te weinig ouders om te tonen");
    expect(seen).not.toContain("Ouder ·");
    expect(seen).not.toContain("Tekst aanpassen");
  });

  it("let a parent respond by name, and the school answer by mail", async () => {
    const empty = await parent.post(`/expectations/${school.year.id}/responses`, { body: "  " });
    expect(empty.status).toBe(422);
    expect((await storedRows(ctx, school)).responses).toHaveLength(0);
    expect(
      (await parent.post(`/expectations/${school.year.id}/responses`, { body: "Graag ook een avond in het Engels." }))
        .status,
    ).toBe(303);
    const [response] = (await storedRows(ctx, school)).responses;
    const staffView = await page(leader);
    expect(staffView).toContain("Graag ook een avond in het Engels.");
    expect(staffView).toContain(school.parent.name);

    const path = `/expectations/${school.year.id}/responses/${response!.id}/answer`;
    expect((await teacher.post(path, { answer: "Goed idee" })).status).toBe(403);
    expect((await leader.post(path, { answer: "Dat regelen we in maart." })).status).toBe(303);
    expect((await lastMailTo(ctx, school.parent.email))?.text).toContain("Dat regelen we in maart.");
    expect(await page(parent)).toContain("Dat regelen we in maart.");
  });

  it("refuse writing to anyone but the school leader and coordinator, and to an archived year", async () => {
    expect((await teacher.post(`/expectations/${school.year.id}`, text)).status).toBe(403);
    expect((await parent.post(`/expectations/${school.year.id}`, text)).status).toBe(403);
    expect((await leader.post(`/expectations/${school.year.id}/confirm`)).status).toBe(403);
    const tooLong = await leader.post(`/expectations/${school.year.id}`, { ...text, ofSchool: "x".repeat(4001) });
    await expectRefused(tooLong, ["hooguit 4000 tekens"]);
    expect((await storedRows(ctx, school)).versions).toEqual([1, 2]);

    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.update(schoolYears).set({ archivedAt: new Date() }).where(eq(schoolYears.id, school.year.id)),
    );
    const archived = await leader.post(`/expectations/${school.year.id}`, text);
    await expectConflict(archived, ["Dit schooljaar is voorbij"]);
    expect(await page(parent)).toContain("U komt naar de gesprekken.");
    expect((await storedRows(ctx, school)).versions).toEqual([1, 2]);
    expect(
      await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
        expectationsPublishedThisYear(tx, school.orgId),
      ),
    ).toBe(false);
  });
});
