/**
 * Walks every route of the app as the people of organisation A, aimed at the
 * data of organisation B (B's ids in every path parameter and form field), and
 * proves nothing of B is shown and nothing of B changes. New routes are walked
 * automatically: the list comes from the app itself.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTableColumns, getTableName, type Table } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import * as schema from "../../src/db/schema/index.js";
import { withOrg } from "../../src/db/client.js";
import { createTestContext, signIn, type TestClient, type TestContext } from "../helpers/app.js";
import { createSchool } from "../helpers/factories.js";

const MARKER = "Zulugeheim";
// Routes that end the walker's own session or need a token of their own.
const skipped = new Set(["POST /sign-out", "POST /sign-out/everywhere", "POST /sign-in/link", "POST /language"]);

let ctx: TestContext;
let a: Awaited<ReturnType<typeof createSchool>>;
let b: Awaited<ReturnType<typeof createSchool>>;
let walkers: Record<string, TestClient>;

const orgTables: PgTable[] = Object.values(schema).filter(
  (value): value is (typeof schema)[keyof typeof schema] & PgTable =>
    value instanceof PgTable && "orgId" in getTableColumns(value as Table),
);

async function snapshotOf(orgId: string): Promise<Record<string, unknown[]>> {
  return withOrg(ctx.database.db, { orgId, userId: null }, async (tx) => {
    const snapshot: Record<string, unknown[]> = {};
    for (const table of orgTables) {
      const rows = await tx.select().from(table);
      snapshot[getTableName(table)] = rows.map((r) => JSON.stringify(r)).sort();
    }
    return snapshot;
  });
}

beforeAll(async () => {
  ctx = await createTestContext();
  a = await createSchool(ctx.database.db, { marker: "Alfa" });
  b = await createSchool(ctx.database.db, { marker: MARKER });
  walkers = {
    leader: await signIn(ctx, a.leader.email),
    teacher: await signIn(ctx, a.teacher.email),
    parent: await signIn(ctx, a.parent.email),
  };
});
afterAll(() => ctx.close());

function idsOfB(): string[] {
  return [
    b.orgId,
    b.child.id,
    b.other.id,
    b.guardian.id,
    b.otherGuardian.id,
    b.groupA.id,
    b.groupB.id,
    b.year.id,
    b.leader.id,
    b.teacher.id,
    b.parent.id,
  ];
}

function concretePaths(path: string): string[] {
  if (!path.includes(":")) return [path];
  let paths = [path];
  while (paths.some((p) => p.includes(":"))) {
    paths = paths.flatMap((p) =>
      p.includes(":") ? idsOfB().map((id) => p.replace(/:[A-Za-z]+(\{[^}]*\})?/, id)) : [p],
    );
    if (paths.length > 200) paths = paths.slice(0, 200);
  }
  return paths;
}

/** A form aimed at B: every field a route might read an id from holds one of B's ids. */
function formAimedAtB(): Record<string, string> {
  return {
    id: b.child.id,
    orgId: b.orgId,
    pupilId: b.child.id,
    guardianId: b.guardian.id,
    groupId: b.groupA.id,
    targetGroupId: b.groupB.id,
    schoolYearId: b.year.id,
    userId: b.teacher.id,
    uploadId: b.child.id,
    name: "Overgenomen",
    firstName: "Overgenomen",
    surname: "Overgenomen",
    email: b.parent.email,
    pupilNumber: "999999",
    roles: "teacher",
    role: "teacher",
    confirm: "yes",
  };
}

describe("tenant isolation over every route", () => {
  it("shows people of A nothing of B and lets them change nothing of B", async () => {
    const before = await snapshotOf(b.orgId);
    expect(JSON.stringify(before)).toContain(MARKER);
    const routes = ctx.app.routes.filter((r) => r.method !== "ALL" && !r.path.includes("*"));
    const serverErrors: string[] = [];
    let requests = 0;
    for (const route of routes) {
      if (skipped.has(`${route.method} ${route.path}`)) continue;
      for (const path of concretePaths(route.path)) {
        for (const [who, client] of Object.entries(walkers)) {
          const response = route.method === "GET" ? await client.get(path) : await client.post(path, formAimedAtB());
          requests++;
          const body = await response.text();
          expect(body, `${who} ${route.method} ${path}`).not.toContain(MARKER);
          if (response.status >= 500) serverErrors.push(`${who} ${route.method} ${path} → ${response.status}`);
        }
      }
    }
    expect(requests).toBeGreaterThan(10);
    expect(serverErrors).toEqual([]);
    expect(await snapshotOf(b.orgId)).toEqual(before);
  }, 900_000); // thousands of requests: every route × every id of B × three people

  it("the walkers of A still see their own data (the walk was not blind)", async () => {
    const home = await (await walkers.parent!.get("/home")).text();
    expect(home).toContain("AlfaKind");
  });
});
