/** The services on their own, as the command-line tool calls them. */
import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { useTestDatabase } from "../../../tests/helpers/database.js";
import { brinCode, createSchool } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { memberships } from "../../db/schema/index.js";
import { InputError } from "../../web/input-error.js";
import type { Config } from "../../config.js";
import { removeStaff, setStaffRoles } from "./members.js";
import { createOrganisation } from "./organisations.js";

const database = useTestDatabase();
/** No feature's removal step runs here (no features are registered), so nothing is mailed. */
const noMail = { config: {} as Config, jobs: { send: async () => null } };

describe("createOrganisation", () => {
  it("stores the code as written on official papers and refuses it a second time", async () => {
    const code = brinCode();
    const org = await createOrganisation({
      db: database.db,
      name: "Het Kompas",
      type: "primary",
      registrationCode: code.toLowerCase(),
    });
    expect(org).toMatchObject({
      name: "Het Kompas",
      type: "primary",
      registrationCode: code,
      requireSecondFactor: false,
    });
    const again = createOrganisation({ db: database.db, name: "Kopie", type: "secondary", registrationCode: code });
    await expect(again).rejects.toEqual(new InputError("registrationCode", "org.code.taken"));
  });

  it("refuses a name or code that does not fit", async () => {
    await expect(
      createOrganisation({ db: database.db, name: " ", type: "primary", registrationCode: brinCode() }),
    ).rejects.toMatchObject({
      field: "name",
      key: "error.required",
    });
    await expect(
      createOrganisation({ db: database.db, name: "Opvang", type: "daycare", registrationCode: "12AB" }),
    ).rejects.toMatchObject({
      field: "registrationCode",
      key: "org.code.lrk",
    });
  });
});

describe("the last school leader", () => {
  it("survives two leaders removing each other at the same moment", async () => {
    const school = await createSchool(database.db);
    const { orgId, leader, teacher } = school;
    await setStaffRoles({ db: database.db, orgId, userId: leader.id, memberId: teacher.id, roles: ["school_leader"] });
    // Open pool connections first, so both transactions really run side by side on PostgreSQL.
    await Promise.all([1, 2, 3].map(() => database.db.execute(sql`select pg_sleep(0.05)`)));
    const results = await Promise.allSettled([
      removeStaff({ db: database.db, orgId, userId: leader.id, memberId: teacher.id, deps: noMail }),
      removeStaff({ db: database.db, orgId, userId: teacher.id, memberId: leader.id, deps: noMail }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const leaders = await withOrg(database.db, { orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(memberships)
        .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "school_leader"))),
    );
    expect(leaders).toHaveLength(1);
  });
});
