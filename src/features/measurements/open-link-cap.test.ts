import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { TestClient, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { addPupils } from "../../../tests/helpers/factories.js";
import { expectConflict, expectTooOften } from "../../../tests/helpers/refusal.js";
import { withOrg } from "../../db/client.js";
import { measurementBallots, measurementInvitations, measurements } from "../../db/schema/index.js";
import { createMeasurementAs, openLinkOf, runQueuedInvitations } from "./testing.js";

const ctx = useTestContext();

const FULL_PUPILS =
  "Via deze link zijn al evenveel vragenlijsten ingestuurd als er leerlingen in de groep zijn. Heb je nog niet meegedaan? Vraag je leerkracht.";
const FULL_PARENTS =
  "Via deze link zijn al evenveel vragenlijsten ingestuurd als er ouders in de groep zijn die niet al per e-mail hebben gereageerd.";

/** A visitor who takes a personal link from the open link and answers its first page; returns the link. */
async function started(open: string, client: TestClient, item: string): Promise<string> {
  const start = await client.post(open);
  expect(start.status).toBe(303);
  const link = start.headers.get("location")!;
  expect((await client.post(`${link}/1`, { [`current:${item}`]: "1", go: "next" })).status).toBe(303);
  return link;
}

async function ballotsOf(orgId: string, measurementId: string) {
  const rows = await withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    tx.select().from(measurementBallots).where(eq(measurementBallots.measurementId, measurementId)),
  );
  return rows.length;
}

describe("a class's open link takes no more responses than the people it serves", () => {
  it("refuses a pupil's send once as many came through the link as the group has pupils, and says why in their language", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await addPupils(ctx.database.db, school.groupB, 1); // group B: two pupils
    const id = await createMeasurementAs(leader, { team: "", pupils: school.groupB.id });
    const open = await openLinkOf(leader, id, `Leerlingen van ${school.groupB.name}`);
    const pupils = [
      new TestClient(ctx.app),
      new TestClient(ctx.app),
      new TestClient(ctx.app, { "accept-language": "en" }),
    ];
    const links: string[] = [];
    for (const pupil of pupils) links.push(await started(open, pupil, "pupils.vision.1"));
    for (const n of [0, 1]) expect((await pupils[n]!.post(`${links[n]}/send`)).status).toBe(303);

    const third = await pupils[2]!.post(`${links[2]}/send`);
    await expectConflict(third, [
      "As many questionnaires have already been sent through this link as there are pupils in the group. Haven&#39;t taken part yet? Ask your teacher.",
    ]);
    expect(await ballotsOf(school.orgId, id)).toBe(2);
    // The one-page form sends too, and is refused the same way.
    const allAtOnce = await pupils[2]!.post(`${links[2]}/all`, { "current:pupils.vision.1": "2", go: "send" });
    expect(allAtOnce.status).toBe(409);
    // Starting is refused at once, rather than after a whole questionnaire.
    await expectConflict(await new TestClient(ctx.app).post(open), [FULL_PUPILS]);
    expect(await ballotsOf(school.orgId, id)).toBe(2);

    const rates = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(rates).toMatch(new RegExp(`Leerlingen van ${school.groupB.name}</th><td>[^<]*</td><td>2</td>`));
  });

  it("serves a parents' group as many times as it has parents who have not answered by mail", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader, { team: "", parents: school.groupA.id });
    await runQueuedInvitations(ctx, id);
    const open = await openLinkOf(leader, id, `Ouders van ${school.groupA.name}`);
    await addPupils(ctx.database.db, school.groupA, 1); // a child whose parent has no e-mail address
    // Two parents: the one mailed (who may have lost the mail) and the one without an address.
    for (const item of ["parents.vision.1", "parents.vision.2"]) {
      const parent = new TestClient(ctx.app);
      const link = await started(open, parent, item);
      expect((await parent.post(`${link}/send`)).status).toBe(303);
    }
    await expectConflict(await new TestClient(ctx.app).post(open), [FULL_PARENTS]);
  });

  it("does not serve a parent who answered by mail a second time", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader, { team: "", parents: school.groupA.id });
    await runQueuedInvitations(ctx, id);
    const open = await openLinkOf(leader, id, `Ouders van ${school.groupA.name}`);
    // The group's only parent answers through the mailed link: the open link has no one left to serve.
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .update(measurementInvitations)
        .set({ responded: true })
        .where(sql`${measurementInvitations.measurementId} = ${id} and ${measurementInvitations.kind} = 'mail'`),
    );
    await expectConflict(await new TestClient(ctx.app).post(open), [FULL_PARENTS]);
  });

  it("lets only one of many last sends at the same moment through", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await addPupils(ctx.database.db, school.groupB, 2); // group B: three pupils
    const id = await createMeasurementAs(leader, { team: "", pupils: school.groupB.id });
    const open = await openLinkOf(leader, id, `Leerlingen van ${school.groupB.name}`);
    const pupils = Array.from({ length: 12 }, () => new TestClient(ctx.app));
    const links: string[] = [];
    for (const pupil of pupils) links.push(await started(open, pupil, "pupils.vision.1"));
    for (const n of [0, 1]) expect((await pupils[n]!.post(`${links[n]}/send`)).status).toBe(303);

    // One place left, ten last sends at once: one goes through. The measurement's row is held for a
    // moment, as closing holds it, so that on PostgreSQL every send that has counted waits right
    // before it seals: a count the others do not wait for would see one place left in all ten.
    const sending = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => {
      await tx.execute(sql`select 1 from ${measurements} where ${measurements.id} = ${id} for update`);
      const sends = Promise.all(pupils.slice(2).map((pupil, n) => pupil.post(`${links[n + 2]}/send`)));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return { sends };
    });
    const last = await sending.sends;
    expect(last.map((r) => r.status).sort()).toEqual([303, ...Array<number>(9).fill(409)]);
    expect(await ballotsOf(school.orgId, id)).toBe(3);
    const responded = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(measurementInvitations)
        .where(sql`${measurementInvitations.measurementId} = ${id} and ${measurementInvitations.responded}`),
    );
    expect(responded).toHaveLength(3);
  });
});

describe("starting from an open link again and again", () => {
  it("answers 429 from one address after twice the group and ten in an hour, and stops making links at four times the group and ten", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader, { team: "", pupils: school.groupB.id }); // one pupil
    const open = await openLinkOf(leader, id, `Leerlingen van ${school.groupB.name}`);
    for (let n = 0; n < 12; n++) expect((await new TestClient(ctx.app).post(open)).status).toBe(303);
    await expectTooOften(await new TestClient(ctx.app).post(open), [
      "Deze link is het afgelopen uur vanaf dit netwerk al heel vaak gestart.",
    ]);
    await expectTooOften(await new TestClient(ctx.app, { "accept-language": "en" }).post(open), [
      "This link has been started very often from this network in the past hour.",
    ]);

    // An hour later the address may start again, until the link has made four times the group and ten links.
    await ctx.database.db.execute(
      sql`update rate_limits set window_start = window_start - interval '1 hour' where key like 'open-link:%'`,
    );
    for (let n = 0; n < 2; n++) expect((await new TestClient(ctx.app).post(open)).status).toBe(303);
    await expectConflict(await new TestClient(ctx.app).post(open), [
      "Via deze link zijn al veel meer vragenlijsten begonnen dan er leerlingen in de groep zijn.",
    ]);
  });
});
