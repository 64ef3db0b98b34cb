import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "../../../tests/helpers/database.js";
import { createSchool, createUser, unique } from "../../../tests/helpers/factories.js";
import { withOrg, type Db } from "../../db/client.js";
import { auditLog, guardians, pupils, schoolYears, users } from "../../db/schema/index.js";
import { analyseFile } from "./analyse.js";
import { applyImport, applyImportInTx } from "./apply.js";
import { fixedParnassysExport, parnassysExport } from "./fixtures.js";
import { loadExisting } from "./load-existing.js";
import { planImport } from "./plan.js";
import { countsOf } from "./testing/counts.js";

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const rowsOf = async (bytes: Uint8Array) => (await analyseFile(bytes, { today: "2025-06-01" })).rows;

/** Imports rows as a person (or a script, null) who lets the import create the groups it names. */
const importCreatingGroups = (orgId: string, userId: string | null, rows: Awaited<ReturnType<typeof rowsOf>>) =>
  applyImport({ db, groups: { create: true }, orgId, userId, rows });

describe("applyImport", () => {
  it("writes pupils, groups, guardians with accounts and links, and finds nothing to do the second time", async () => {
    const school = await createSchool(db);
    const before = await countsOf(db, school.orgId);
    const rows = await rowsOf(fixedParnassysExport());
    const imported = {
      pupils: before.pupils + 8,
      guardians: before.guardians + 5,
      groups: before.groups + 7,
      links: before.links + 6,
    };
    const first = await importCreatingGroups(school.orgId, school.leader.id, rows);
    expect(first.plan.counts).toMatchObject({
      pupilsToCreate: 8,
      groupsToCreate: 7,
      guardiansToCreate: 5,
      linksToAdd: 6,
    });
    expect(await countsOf(db, school.orgId)).toEqual(imported);

    const anouk = await withOrg(db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(guardians).where(eq(guardians.email, "anouk.vdberg@example.nl")),
    );
    expect(anouk[0]?.name).toBe("Anouk van der Berg");
    const [account] = await db
      .select()
      .from(users)
      .where(eq(users.id, anouk[0]?.userId ?? ""));
    expect(account?.email).toBe("anouk.vdberg@example.nl");

    const again = await importCreatingGroups(school.orgId, school.leader.id, rows);
    expect(again.plan.counts).toMatchObject({
      pupilsToCreate: 0,
      pupilsToUpdate: 0,
      pupilsUnchanged: 8,
      linksToAdd: 0,
    });
    expect(await countsOf(db, school.orgId)).toEqual(imported);
    const audit = await withOrg(db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.orgId, school.orgId), eq(auditLog.action, "import"))),
    );
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[0]?.detail ?? "{}")).toMatchObject({ pupilsToCreate: 8 });
  });

  it("links a guardian to the existing account with the same address in another case", async () => {
    const school = await createSchool(db);
    const email = `petra.${unique()}@example.nl`;
    const existing = await createUser(db, { email: email.toUpperCase(), name: "Petra" });
    const file = `Leerlingnummer;Roepnaam;Achternaam;Groep;Naam ouder 1;E-mail ouder 1\n1;Jan;Smit;5a;Petra Smit;${email}\n`;
    await importCreatingGroups(school.orgId, null, await rowsOf(new TextEncoder().encode(file)));
    const [petra] = await withOrg(db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(guardians).where(eq(guardians.email, email)),
    );
    expect(petra?.userId).toBe(existing.id);
    const accounts = await db
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`);
    expect(accounts).toHaveLength(1);
  });

  it("updates a known pupil and guardian: new group, new name, an account, one more link", async () => {
    const school = await createSchool(db);
    const { other, otherGuardian } = school;
    const file =
      "Leerlingnummer;Roepnaam;Achternaam;Geboortedatum;Groep;Naam ouder 1;E-mail ouder 1\n" +
      `${other.pupilNumber};Ander;Kind;01-06-2017;groep a;Andrea Kind;${otherGuardian.email?.toUpperCase()}\n` +
      `${school.child.pupilNumber};Kind;Eigen;01-05-2017;Groep A;Andrea Kind;${otherGuardian.email}\n`;
    const before = await countsOf(db, school.orgId);
    const { plan } = await applyImport({
      db,
      orgId: school.orgId,
      userId: null,
      rows: await rowsOf(new TextEncoder().encode(file)),
    });
    expect(plan.counts).toMatchObject({ pupilsToUpdate: 1, pupilsUnchanged: 1, guardiansToUpdate: 1, linksToAdd: 1 });
    expect(await countsOf(db, school.orgId)).toEqual({ ...before, links: before.links + 1 });
    const scope = { orgId: school.orgId, userId: null };
    const [moved] = await withOrg(db, scope, (tx) => tx.select().from(pupils).where(eq(pupils.id, other.id)));
    const [guardian] = await withOrg(db, scope, (tx) =>
      tx.select().from(guardians).where(eq(guardians.id, otherGuardian.id)),
    );
    // "groep a" is the existing "Groep A" of this school year.
    expect(moved?.groupId).toBe(school.groupA.id);
    expect(guardian?.name).toBe("Andrea Kind");
    const [account] = await db
      .select()
      .from(users)
      .where(eq(users.email, otherGuardian.email ?? ""));
    expect(guardian?.userId).toBe(account?.id);
  });

  it("refuses a file with a rejected row and changes nothing", async () => {
    const school = await createSchool(db);
    const before = await countsOf(db, school.orgId);
    await expect(importCreatingGroups(school.orgId, null, await rowsOf(parnassysExport()))).rejects.toMatchObject({
      code: "import.refused.rejectedRows",
    });
    expect(await countsOf(db, school.orgId)).toEqual(before);
  });

  it("refuses when the organisation has no current school year", async () => {
    const school = await createSchool(db);
    await withOrg(db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.update(schoolYears).set({ archivedAt: new Date() }).where(eq(schoolYears.orgId, school.orgId)),
    );
    const before = await countsOf(db, school.orgId);
    await expect(importCreatingGroups(school.orgId, null, await rowsOf(fixedParnassysExport()))).rejects.toMatchObject({
      code: "import.refused.noSchoolYear",
    });
    expect(await countsOf(db, school.orgId)).toEqual(before);
  });

  it("refuses new groups beside the school's own until someone confirms them", async () => {
    const school = await createSchool(db);
    const before = await countsOf(db, school.orgId);
    await expect(
      applyImport({ db, orgId: school.orgId, userId: null, rows: await rowsOf(fixedParnassysExport()) }),
    ).rejects.toMatchObject({ code: "import.refused.newGroups" });
    expect(await countsOf(db, school.orgId)).toEqual(before);
  });

  it("writes a fresh plan when the preview went stale, so nothing is duplicated", async () => {
    const school = await createSchool(db);
    const rows = await rowsOf(fixedParnassysExport());
    const preview = await planImport({ rows, existing: await loadExisting({ db, orgId: school.orgId, userId: null }) });
    expect(preview.counts.pupilsToCreate).toBe(8);
    await importCreatingGroups(school.orgId, null, rows); // someone else, in between
    const afterFirst = await countsOf(db, school.orgId);
    const late = await importCreatingGroups(school.orgId, null, rows);
    expect(late.plan.counts.pupilsToCreate).toBe(0);
    expect(await countsOf(db, school.orgId)).toEqual(afterFirst);
  });

  it("rolls everything back when a write fails halfway (a duplicate pupil number)", async () => {
    const school = await createSchool(db);
    const before = await countsOf(db, school.orgId);
    const rows = await rowsOf(fixedParnassysExport());
    let sneaked = false;
    await expect(
      withOrg(db, { orgId: school.orgId, userId: null }, (tx) =>
        applyImportInTx(tx, {
          orgId: school.orgId,
          userId: null,
          rows,
          groups: { create: true },
          // After the groups are written, a pupil with a number the import is about to create appears.
          onProgress: async () => {
            if (sneaked) return;
            sneaked = true;
            await tx.insert(pupils).values({ orgId: school.orgId, pupilNumber: "10241", firstName: "X", surname: "Y" });
          },
        }),
      ),
    ).rejects.toThrow();
    expect(sneaked).toBe(true);
    expect(await countsOf(db, school.orgId)).toEqual(before);
  });
});
