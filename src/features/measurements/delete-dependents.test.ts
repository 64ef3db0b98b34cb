/** Deleting a measurement the trajectory or the plan uses: the question says what depends on it and what becomes of it. */
import { describe, expect, it } from "vitest";
import { leaderSignedIn, useTestContext } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { planGoals, plans } from "../../db/schema/index.js";
import { trajectoryWith } from "../certification/testing/fixtures.js";
import { closedMeasurement } from "./testing-results.js";

const ctx = useTestContext();

describe("deleting a measurement others depend on", () => {
  it("names the trajectory's nulmeting and the plan's goals taken from it, and says what stays", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const { orgId } = school;
    const nulmeting = await closedMeasurement(ctx.database.db, orgId, { kind: "baseline", responses: [] });
    const poll = await closedMeasurement(ctx.database.db, orgId, { kind: "poll", title: "Peiling", responses: [] });
    const trajectoryId = await trajectoryWith(ctx, orgId, { advisorId: null, measurementIds: [nulmeting] });
    await withOrg(ctx.database.db, { orgId, userId: null }, async (tx) => {
      const [plan] = await tx.insert(plans).values({ orgId, trajectoryId }).returning();
      await tx.insert(planGoals).values([
        {
          orgId,
          planId: plan!.id,
          domain: "involvement",
          title: "Meer samen",
          baselineGroup: "parents",
          baselineCurrent: 2.5,
          baselineDesired: 4,
        },
        { orgId, planId: plan!.id, domain: "vision", title: "Eigen doel" },
      ]);
    });

    const page = await (await leader.get(`/organisation/measurements/${nulmeting}/delete`)).text();
    expect(page).toContain("Het traject gebruikt deze meting als nulmeting.");
    expect(page).toContain("Het plan haalt zijn vertrekpunten uit deze nulmeting.");
    expect(page).toContain("1 doel in het plan is gebaseerd op de cijfers van deze nulmeting.");
    expect(page).toContain("Dat doel blijft staan, met dezelfde cijfers.");

    const unused = await (await leader.get(`/organisation/measurements/${poll}/delete`)).text();
    expect(unused).toContain("Verwijdert de meting");
    expect(unused).not.toContain("deze meting");
    expect(unused).not.toContain("nulmeting");
  });
});
