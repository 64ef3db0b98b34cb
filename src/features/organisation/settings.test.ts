import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { signIn, TestClient, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { brinCode, createSchool } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { groups, locations, organisations } from "../../db/schema/index.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

async function orgRow(orgId: string) {
  const [org] = await ctx.database.db.select().from(organisations).where(eq(organisations.id, orgId));
  return org!;
}

/** The leader's settings form is refused with these texts, and the organisation's row stays as it was. */
async function expectSettingsRefused(
  leader: TestClient,
  orgId: string,
  form: Record<string, string>,
  texts: string[],
): Promise<void> {
  const before = await orgRow(orgId);
  await expectRefused(await leader.post("/organisation/settings", form), texts);
  expect(await orgRow(orgId)).toEqual(before);
}

describe("organisation settings", () => {
  it("shows the overview with the way to every management page", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const page = await leader.get("/organisation");
    const html = await expectPage(page, [`<h1>${school.org.name}</h1>`]);
    for (const path of [
      "staff",
      "advisors",
      "groups",
      "pupils",
      "guardians",
      "school-years",
      "locations",
      "settings",
      "audit",
    ]) {
      expect(html).toContain(`href="/organisation/${path}"`);
    }
  });

  it("lets a leader change name, type, code and the second-factor rule", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const code = brinCode();
    const saved = await leader.post("/organisation/settings", {
      name: "De Regenboog",
      type: "special",
      registrationCode: ` ${code.toLowerCase()} `,
      requireSecondFactor: "on",
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe("/organisation");
    const org = await orgRow(school.orgId);
    expect(org).toMatchObject({
      name: "De Regenboog",
      type: "special",
      registrationCode: code,
      requireSecondFactor: true,
    });
  });

  it("refuses a bad code with a clear message and changes nothing", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await expectSettingsRefused(
      leader,
      school.orgId,
      { name: "Nieuwe naam", type: "primary", registrationCode: "12345" },
      ["Vul een BRIN-code in van 4 tekens", 'aria-invalid="true"', 'value="Nieuwe naam"'],
    );
  });

  it("asks a daycare for its LRK number, in English when the user reads English", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email, new TestClient(ctx.app, { "accept-language": "en" }));
    await expectRefused(
      await leader.post("/organisation/settings", {
        name: "Kinderdagverblijf",
        type: "daycare",
        registrationCode: "12AB",
      }),
      ["Enter an LRK number of 9 digits"],
    );
  });

  it("refuses a code another organisation already has and changes nothing", async () => {
    const school = await createSchool(ctx.database.db);
    const code = brinCode();
    await createSchool(ctx.database.db, { registrationCode: code });
    const leader = await signIn(ctx, school.leader.email);
    await expectSettingsRefused(
      leader,
      school.orgId,
      { name: "Andere naam", type: "primary", registrationCode: code },
      ["Deze code hoort al bij een andere organisatie"],
    );
  });
});

describe("locations", () => {
  it("adds, changes and removes a location", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    expect(
      (await leader.post("/organisation/locations", { name: "Hoofdgebouw", address: "Schoolstraat 1, Utrecht" }))
        .status,
    ).toBe(303);
    const list = await (await leader.get("/organisation/locations")).text();
    expect(list).toContain("Hoofdgebouw");
    expect(list).toContain("Schoolstraat 1, Utrecht");
    const [location] = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(locations),
    );
    const path = `/organisation/locations/${location!.id}`;

    expect((await leader.post(path, { name: "Dependance", address: "" })).status).toBe(303);
    expect(await (await leader.get("/organisation/locations")).text()).toContain("Dependance");

    expect((await leader.post(`${path}/remove`)).status).toBe(303);
    expect(await (await leader.get("/organisation/locations")).text()).toContain("Er zijn nog geen locaties.");
  });

  it("refuses a location without a name", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await expectRefused(await leader.post("/organisation/locations", { name: " ", address: "Ergens" }), [
      "Vul dit veld in.",
    ]);
    const rows = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(locations),
    );
    expect(rows).toEqual([]);
  });

  it("keeps a location that groups are still at, and says why", async () => {
    const school = await createSchool(ctx.database.db);
    const [location] = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => {
      const rows = await tx.insert(locations).values({ orgId: school.orgId, name: "Noord" }).returning();
      await tx
        .update(groups)
        .set({ locationId: rows[0]!.id })
        .where(and(eq(groups.orgId, school.orgId), eq(groups.id, school.groupA.id)));
      return rows;
    });
    const leader = await signIn(ctx, school.leader.email);
    await expectRefused(await leader.post(`/organisation/locations/${location!.id}/remove`), [
      "Er zijn nog groepen op deze locatie.",
    ]);
    const rows = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(locations),
    );
    expect(rows).toHaveLength(1);
  });

  it("does not find another organisation's location", async () => {
    const school = await createSchool(ctx.database.db);
    const other = await createSchool(ctx.database.db);
    const [theirs] = await withOrg(ctx.database.db, { orgId: other.orgId, userId: null }, (tx) =>
      tx.insert(locations).values({ orgId: other.orgId, name: "Van een ander" }).returning(),
    );
    const leader = await signIn(ctx, school.leader.email);
    expect((await leader.get(`/organisation/locations/${theirs!.id}`)).status).toBe(404);
    expect((await leader.post(`/organisation/locations/${theirs!.id}/remove`)).status).toBe(404);
    expect((await leader.post(`/organisation/locations/${theirs!.id}`, { name: "Overgenomen" })).status).toBe(404);
    const rows = await withOrg(ctx.database.db, { orgId: other.orgId, userId: null }, (tx) =>
      tx.select().from(locations),
    );
    expect(rows.map((r) => r.name)).toEqual(["Van een ander"]);
  });
});
