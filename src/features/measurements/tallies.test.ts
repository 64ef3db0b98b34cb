import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { measurementTallies, measurements } from "../../db/schema/index.js";
import { many, respond } from "./domain/fixtures.js";
import { measurementResults } from "./domain/results.js";
import { currentInstrument as instrument } from "./instrument/index.js";
import { recordResults } from "./service/close.js";
import { loadResults } from "./service/results.js";
import { closedMeasurement } from "./testing-results.js";
import { ofOrg } from "../../db/of-org.js";

const ctx = useTestContext();

describe("tallies", () => {
  it("give the same results as counting every response, and counting again changes nothing", async () => {
    const school = await createSchool(ctx.database.db);
    const [a, b] = [school.groupA.id, school.groupB.id];
    const responses = [
      ...many(6, "parents", { "parents.vision.1": [2, 4], "parents.learning.2": [null, 5] }, { subgroup: a }),
      ...many(3, "parents", { "parents.vision.1": [5, 5] }, { subgroup: b }),
      respond("parents", { "parents.vision.2": [1] }, { openAnswers: { vision: "Meer uitleg graag" } }),
      ...many(7, "team", { "team.vision.1": [3, 4], "team.capacity.time.1": [2, 3] }),
      respond("team", {}, { openAnswers: { learning: " Vaker samen " } }),
      ...many(4, "pupils", { "pupils.vision.1": [4, 5] }, { subgroup: b }),
    ];
    const tree = { parents: [{ id: a }, { id: b }], pupils: [{ id: b }] };
    const id = await closedMeasurement(ctx.database.db, school.org.id, { responses, subgroupTree: tree });
    const scope = { db: ctx.database.db, orgId: school.org.id, userId: null };
    const expected = measurementResults({ instrument, threshold: 5, responses, subgroups: tree });

    const view = await loadResults(scope, id);
    expect(view!.results).toEqual(expected);
    expect(view!.results.groups.parents).toMatchObject({ visible: true, respondents: 10 });

    const countRows = () =>
      withOrg(ctx.database.db, scope, (tx) =>
        tx
          .select()
          .from(measurementTallies)
          .where(ofOrg(measurementTallies, school.org.id, { measurementId: id })),
      );
    const before = await countRows();
    await withOrg(ctx.database.db, scope, async (tx) => {
      const [row] = await tx.select().from(measurements).where(eq(measurements.id, id));
      await recordResults(tx, row!);
    });
    expect(await countRows()).toHaveLength(before.length);
    expect((await loadResults(scope, id))!.results).toEqual(expected);
  });

  it("are counted on first view for a measurement closed before tallies existed", async () => {
    const school = await createSchool(ctx.database.db);
    const responses = many(5, "parents", { "parents.vision.1": [3, 5] });
    const id = await closedMeasurement(ctx.database.db, school.org.id, { responses });
    const scope = { db: ctx.database.db, orgId: school.org.id, userId: null };
    await withOrg(ctx.database.db, scope, (tx) =>
      tx.delete(measurementTallies).where(eq(measurementTallies.measurementId, id)),
    );
    expect((await loadResults(scope, id))!.results).toEqual(measurementResults({ instrument, responses }));
  });

  it("of one school are invisible to another", async () => {
    const school = await createSchool(ctx.database.db);
    const other = await createSchool(ctx.database.db);
    await closedMeasurement(ctx.database.db, school.org.id, { responses: many(5, "parents", {}) });
    const seen = await withOrg(ctx.database.db, { orgId: other.org.id, userId: null }, (tx) =>
      tx.select().from(measurementTallies).where(eq(measurementTallies.orgId, school.org.id)),
    );
    expect(seen).toEqual([]);
  });
});
