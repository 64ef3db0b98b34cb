/** Tenant isolation enforced by the database itself, whatever the app code does. */
import { beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { assertRowLevelSecurityApplies, preparedStatement, rowsOf, withOrg, type Db } from "../../src/db/client.js";
import { auditLog, guardians, memberships, pupils } from "../../src/db/schema/index.js";
import { noFilter } from "../../src/features/pupils/audit-filter.js";
import { readAuditPage } from "../../src/features/pupils/service/audit-queries.js";
import { useTestDatabase } from "../helpers/database.js";
import { createSchool } from "../helpers/factories.js";

const database = useTestDatabase();
let a: Awaited<ReturnType<typeof createSchool>>;
let b: Awaited<ReturnType<typeof createSchool>>;

beforeAll(async () => {
  a = await createSchool(database.db);
  b = await createSchool(database.db);
});

describe("row-level security", () => {
  it("shows a transaction only the rows of its own organisation", async () => {
    const seen = await withOrg(database.db, { orgId: a.orgId, userId: null }, (tx) => tx.select().from(pupils));
    expect(seen.map((p) => p.orgId)).toEqual([a.orgId, a.orgId]);
  });

  it("finds nothing of another organisation even when asked for it by id", async () => {
    const seen = await withOrg(database.db, { orgId: a.orgId, userId: null }, (tx) =>
      tx.select().from(pupils).where(eq(pupils.id, b.child.id)),
    );
    expect(seen).toEqual([]);
  });

  it("refuses to write a row into another organisation", async () => {
    await expect(
      withOrg(database.db, { orgId: a.orgId, userId: null }, (tx) =>
        tx.insert(pupils).values({ orgId: b.orgId, firstName: "Indringer", surname: "X" }),
      ),
    ).rejects.toThrow();
    const updated = await withOrg(database.db, { orgId: a.orgId, userId: null }, (tx) =>
      tx.update(pupils).set({ firstName: "Gewijzigd" }).where(eq(pupils.id, b.child.id)).returning(),
    );
    expect(updated).toEqual([]);
  });

  it("shows nothing outside a transaction that names an organisation", async () => {
    expect(await database.db.select().from(pupils)).toEqual([]);
    expect(await database.db.select().from(guardians)).toEqual([]);
  });

  it("applies to prepared statements, whose plans are kept across transactions and organisations", async () => {
    const pupilsNamed = preparedStatement<{ orgId: string }>(
      "test_pupils_named",
      () =>
        sql`select ${pupils.orgId} as "orgId" from ${pupils} where ${pupils.firstName} like ${sql.placeholder("name")}`,
    );
    // Ten calls each: past the five after which PostgreSQL may switch to a cached generic plan.
    for (let i = 0; i < 10; i++) {
      for (const school of [a, b]) {
        const seen = await withOrg(database.db, { orgId: school.orgId, userId: null }, (tx) =>
          pupilsNamed(tx, { name: "%" }),
        );
        expect(seen.map((row) => row.orgId)).toEqual([school.orgId, school.orgId]);
      }
    }
  });

  it("shows a page of the audit log, filtered and paged, only of the organisation of the transaction", async () => {
    const at = new Date("2026-03-02T10:00:00Z");
    for (const school of [a, b])
      await withOrg(database.db, { orgId: school.orgId, userId: null }, (tx) =>
        tx.insert(auditLog).values(
          Array.from({ length: 3 }, (_, i) => ({
            ...{ orgId: school.orgId, userId: school.leader.id, action: "view", entity: "pupil" },
            ...{ at: new Date(at.getTime() + i * 1000), detail: `${school.orgId} ${i}` },
          })),
        ),
      );
    const filter = { ...noFilter, entity: "pupil", action: "view", from: "2026-03-01", to: "2026-03-03" } as const;
    const page = (orgId: string, place: { before?: string; after?: string }) =>
      withOrg(database.db, { orgId: a.orgId, userId: null }, (tx) =>
        readAuditPage(tx, orgId, { ...filter, person: "", before: "", after: "", ...place }, 2),
      );

    const first = await page(a.orgId, {});
    expect(first?.entries.map((e) => e.detail)).toEqual([`${a.orgId} 2`, `${a.orgId} 1`]);
    const older = await page(a.orgId, { before: first!.older! });
    expect(older?.entries.map((e) => e.detail)).toEqual([`${a.orgId} 0`]);

    // Asked by the app for the other organisation's entries, or from one of them: the database has none to give.
    const theirs = await withOrg(database.db, { orgId: b.orgId, userId: null }, (tx) =>
      readAuditPage(tx, b.orgId, { ...filter, person: b.leader.id, before: "", after: "" }),
    );
    expect(theirs?.entries).toHaveLength(3);
    expect((await page(b.orgId, {}))?.entries).toEqual([]);
    expect(await page(a.orgId, { before: theirs!.entries[0]!.id })).toBeNull();
    expect(await page(a.orgId, { after: theirs!.entries[2]!.id })).toBeNull();
  });

  it("keeps the organisation setting local to its transaction (nothing leaks through a pool)", async () => {
    await withOrg(database.db, { orgId: a.orgId, userId: null }, async () => undefined);
    const result = await database.db.execute(sql`select current_setting('app.org_id', true) as org`);
    expect(rowsOf<{ org: string | null }>(result)[0]?.org ?? "").toBe("");
  });

  it("lets a person see their own memberships across organisations, and no one else's", async () => {
    const rows = await withOrg(database.db, { orgId: null, userId: a.leader.id }, (tx) =>
      tx.select().from(memberships),
    );
    expect(rows.map((r) => r.userId)).toEqual([a.leader.id]);
  });

  it("runs as a role that is not a superuser and cannot bypass row-level security", async () => {
    const result = await database.db.execute(
      sql`select rolsuper, rolbypassrls, current_user as name from pg_roles where rolname = current_user`,
    );
    expect(rowsOf<{ rolsuper: boolean; rolbypassrls: boolean; name: string }>(result)[0]).toEqual({
      rolsuper: false,
      rolbypassrls: false,
      name: "samen_app",
    });
  });

  it("refuses to run as a superuser", async () => {
    const client = await PGlite.create();
    try {
      await expect(assertRowLevelSecurityApplies(drizzle(client) as unknown as Db)).rejects.toThrow(/superuser/);
    } finally {
      await client.close();
    }
  }, 120_000); // a second PGlite instance starts slowly on a busy machine
});
