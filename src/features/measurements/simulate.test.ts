/** `npm run samen -- simulate-responses`: the demo's made-up responses, through the command line. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { withOrg } from "../../db/client.js";
import { measurementBallots, measurementInvitations } from "../../db/schema/index.js";
import { loadConfig } from "../../config.js";
import { createCliTarget, samen, type CliTarget } from "../../../tests/helpers/cli.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { closeMeasurement } from "./service/close.js";
import { createMeasurement } from "./service/create.js";
import { measurementForm } from "./service/schemas.js";
import { inDays, today } from "./testing.js";

// Every command opens (and migrates) the database anew, as a real CLI run does: slow on a busy machine.

let target: CliTarget;
beforeAll(async () => {
  target = await createCliTarget();
});
afterAll(() => target.close());

describe("simulate-responses", { timeout: 300_000 }, () => {
  it("adds made-up responses to an open measurement, spread over its groups", async () => {
    const database = await target.open();
    const school = await createSchool(database.db);
    const input = measurementForm().parse({
      title: "Demo",
      kind: "baseline",
      opensOn: today(),
      closesOn: inDays(10),
      team: "on",
      parents: [school.groupA.id],
    });
    const deps = {
      config: loadConfig(target.env),
      db: database.db,
      mailer: { send: async () => undefined, deliver: async () => undefined, smtp: false },
      logger: pino({ level: "silent" }),
      jobs: { send: async () => null },
    };
    const { id } = await createMeasurement(deps, { db: deps.db, orgId: school.orgId, userId: school.leader.id }, input);
    await database.close();

    const result = await samen(target, "simulate-responses", "--measurement", id, "--count", "6");
    // No more than are asked: the team of two and group A's one parent.
    expect(result).toMatchObject({ code: 0, out: `Added 3 made-up responses to measurement ${id}.\n` });
    const bad = await samen(target, "simulate-responses", "--measurement", "nope");
    expect(bad.code).toBe(2);
    const unknown = await samen(target, "simulate-responses", "--measurement", school.orgId);
    expect(unknown).toMatchObject({ code: 1 });
    expect(unknown.err).toContain("There is no measurement with id");

    const check = await target.open();
    try {
      const rows = await withOrg(check.db, { orgId: school.orgId, userId: null }, async (tx) => ({
        invitations: await tx.select().from(measurementInvitations),
        ballots: await tx.select().from(measurementBallots),
      }));
      expect(rows.ballots).toHaveLength(3);
      expect(rows.invitations.filter((i) => i.responded)).toHaveLength(3);
      await closeMeasurement({ db: check.db, orgId: school.orgId, userId: null }, deps, id);
    } finally {
      await check.close();
    }
    const closed = await samen(target, "simulate-responses", "--measurement", id);
    expect(closed).toMatchObject({ code: 1 });
    expect(closed.err).toContain("The measurement is not open");
  });
});
