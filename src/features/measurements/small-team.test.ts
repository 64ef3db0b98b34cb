/**
 * A daycare's team of two can never reach the anonymity threshold: its results say so plainly and
 * show no team figure, and the certification's measurement criterion takes the whole team invited
 * as enough (docs/measurement-anonymity.md, "A team too small").
 */
import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { createDaycare, expectChildcarePage } from "../../../tests/helpers/wording.js";
import { withOrg } from "../../db/client.js";
import { domainMeans } from "./index.js";
import { createMeasurementAs } from "./testing.js";
import { enlargeSchool } from "./testing/larger-school.js";

const ctx = useTestContext();

const TOO_SMALL = "Het hele team is kleiner dan 5: het team krijgt nooit cijfers";

/** An organisation's measurement of team and parents, filled with made-up responses and closed. */
async function closedMeasurement(org: Awaited<ReturnType<typeof createSchool>>) {
  const leader = await signIn(ctx, org.leader.email);
  const id = await createMeasurementAs(leader, { parents: [org.groupA.id, org.groupB.id] });
  await leader.post(`/organisation/measurements/${id}/simulate`);
  await leader.post(`/organisation/measurements/${id}/close`);
  const means = await withOrg(ctx.database.db, { orgId: org.orgId, userId: null }, (tx) =>
    domainMeans(tx, org.orgId, id),
  );
  return { leader, results: `/organisation/measurements/${id}/results`, means };
}

describe("a team smaller than the anonymity threshold", () => {
  it("is told plainly on the results, with no team figure, and counts as invited as a whole", async () => {
    const daycare = await createDaycare(ctx.database.db);
    await enlargeSchool(ctx.database.db, daycare, 6, 0);
    const { leader, results, means } = await closedMeasurement(daycare);
    const html = await expectChildcarePage(await leader.get(results), [
      TOO_SMALL,
      "Bespreek de uitkomsten daarom samen in het team.",
    ]);
    expect(html).toMatch(/Team: \d reacties?<strong> – te weinig reacties/);
    expect(means).toMatchObject({ teamTooSmall: true, team: { shown: false }, parents: { shown: true } });
  });

  it("is not said of a team of the threshold or more", async () => {
    const school = await createSchool(ctx.database.db);
    await enlargeSchool(ctx.database.db, school);
    const { leader, results, means } = await closedMeasurement(school);
    expect(await (await leader.get(results)).text()).not.toContain(TOO_SMALL);
    expect(means).toMatchObject({ teamTooSmall: false, team: { shown: true } });
  });
});
