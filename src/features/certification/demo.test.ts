/**
 * The certification walk of issue 12 in the demo, as a new user tries it: the leader closes the
 * open eindmeting; the advisor sees that De Regenboog is ready, awards the certificate; the public
 * page says valid, and after revocation revoked.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signIn, TestClient, type TestContext } from "../../../tests/helpers/app.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";
import { withOrg } from "../../db/client.js";
import { certificates, measurements, organisations } from "../../db/schema/index.js";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await loadDemo(ctx.database.db);
});
afterAll(() => ctx.close());

describe("the demo's certification walk", () => {
  it("closes the eindmeting, shows readiness, awards, verifies, revokes", async () => {
    const [school] = await ctx.database.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, "Basisschool De Regenboog"));
    const inSchool = <T>(read: Parameters<typeof withOrg<T>>[2]) =>
      withOrg(ctx.database.db, { orgId: school!.id, userId: null }, read);
    const [eindmeting] = await inSchool((tx) =>
      tx
        .select({ id: measurements.id, status: measurements.status })
        .from(measurements)
        .where(and(eq(measurements.kind, "final"), eq(measurements.title, "Eindmeting Samen school"))),
    );
    expect(eindmeting?.status).toBe("open");
    const advisor = await signIn(ctx, DEMO_ACCOUNTS.advisor);
    expect(await (await advisor.get("/certification")).text()).toContain("nog niet klaar");

    const leader = await signIn(ctx, DEMO_ACCOUNTS.leader);
    expect((await leader.post(`/organisation/measurements/${eindmeting!.id}/close`)).status).toBe(303);
    const ready = await (await advisor.get("/certification")).text();
    expect(ready).toContain("De school is klaar voor het certificaat.");

    expect((await advisor.post("/certification/award")).status).toBe(303);
    const [certificate] = await inSchool((tx) => tx.select().from(certificates));
    const anyone = new TestClient(ctx.app);
    expect(await (await anyone.get(`/certificaat/${certificate!.code}`)).text()).toContain(
      "Dit certificaat is geldig.",
    );
    const revoke = await advisor.post(`/certification/certificates/${certificate!.id}/revoke`, {
      reason: "Proef in de demo",
    });
    expect(revoke.status).toBe(303);
    expect(await (await anyone.get(`/certificaat/${certificate!.code}`)).text()).toContain(
      "Dit certificaat is ingetrokken.",
    );
  });
});
