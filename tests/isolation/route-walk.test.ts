/**
 * Walks every route of the app as the people of organisation A, aimed at the data of
 * organisation B: each path parameter holds ids of B's entities of the kind it takes, made
 * by every feature's `testing/isolation.ts` (tests/helpers/isolation.ts), and each form
 * field an id of B. A page of B's entity must answer 403 or 404, nothing of B may be shown,
 * nothing of B may change. It grows by itself: the routes come from the app, the ids from
 * the features' factories, and a parameter that no factory fills fails the walk.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { getTableColumns, getTableName, type Table } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import * as schema from "../../src/db/schema/index.js";
import { withOrg } from "../../src/db/client.js";
import { signIn, type TestClient, useTestContext } from "../helpers/app.js";
import { createSchool } from "../helpers/factories.js";
import type { IdsByParameter, IsolationFactory, School } from "../helpers/isolation.js";

const MARKER = "Zulugeheim";
// Routes that end the walker's own session or need a token of their own, the development
// outbox, which shows every mail the process sent (it answers 404 in production), and the public
// verification page, which answers anyone about any certificate's code with the organisation's
// name and dates, by design (src/features/certification/certification.test.ts).
const skipped = new Set([
  "GET /certificaat/:code",
  "POST /sign-out",
  "POST /sign-out/everywhere",
  "POST /sign-in/link",
  "POST /language",
  "GET /dev/outbox",
]);

const featuresDir = fileURLToPath(new URL("../../src/features/", import.meta.url));
/** Shared infrastructure with routes of its own (the attachments' download) brings a factory too. */
const sharedDirs = ["attachments"].map((dir) => fileURLToPath(new URL(`../../src/${dir}/`, import.meta.url)));
const factoryFiles = [...readdirSync(featuresDir).map((feature) => join(featuresDir, feature)), ...sharedDirs]
  .map((dir) => join(dir, "testing", "isolation.ts"))
  .filter((file) => existsSync(file));

let a: School;
let b: School;
let idsOfA: IdsByParameter;
let idsOfB: IdsByParameter;
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

/** Every feature's entities in a school, by the route parameter their ids fill. */
const clients = new Map<string, TestClient>();

/** Signs each person in once: the factories and the walk share the clients. */
async function signedIn(email: string): Promise<TestClient> {
  const client = clients.get(email) ?? (await signIn(ctx, email));
  clients.set(email, client);
  return client;
}

async function entitiesOf(school: School, marker: string): Promise<IdsByParameter> {
  const ids: IdsByParameter = {};
  for (const file of factoryFiles) {
    const { isolation } = (await import(pathToFileURL(file).href)) as { isolation: IsolationFactory };
    Object.assign(ids, await isolation({ ctx, school, marker, signedIn }));
  }
  return ids;
}

const ctx = useTestContext();
beforeAll(async () => {
  a = await createSchool(ctx.database.db, { marker: "Alfa" });
  b = await createSchool(ctx.database.db, { marker: MARKER });
  idsOfA = await entitiesOf(a, "Alfa");
  idsOfB = await entitiesOf(b, MARKER);
  walkers = {
    leader: await signedIn(a.leader.email),
    teacher: await signedIn(a.teacher.email),
    parent: await signedIn(a.parent.email),
  };
}, 600_000);

/** The parameters of a path: the name, and the key that finds its ids ("rounds/:id" or "roundId"). */
function parametersOf(path: string): { segment: string; keys: string[] }[] {
  const segments = path.split("/");
  return segments.flatMap((segment, i) => {
    if (!segment.startsWith(":")) return [];
    const name = segment.slice(1).replace(/\{.*\}$/, "");
    return [{ segment, keys: [`${segments[i - 1]}/:${name}`, name] }];
  });
}

/** The path with every combination of ids for its parameters; null when a parameter has none. */
function concretePaths(path: string, ids: IdsByParameter): string[] | null {
  let paths = [path];
  for (const { segment, keys } of parametersOf(path)) {
    const values = keys.map((key) => ids[key]).find((found) => found !== undefined);
    if (!values) return null;
    paths = paths.flatMap((p) => values.map((value) => p.replace(segment, value)));
  }
  return paths;
}

/** A form aimed at B: every field a route might read an id from holds one of B's ids. */
function formAimedAtB(): Record<string, string> {
  const ids = Object.fromEntries(
    Object.entries(idsOfB).flatMap(([key, values]) => (key.includes("/") || !values[0] ? [] : [[key, values[0]]])),
  );
  return {
    id: b.child.id,
    orgId: b.orgId,
    targetGroupId: b.groupB.id,
    schoolYearId: b.year.id,
    uploadId: idsOfB["import/:id"]?.[0] ?? b.orgId,
    name: "Overgenomen",
    firstName: "Overgenomen",
    surname: "Overgenomen",
    email: b.parent.email,
    pupilNumber: "999999",
    roles: "teacher",
    role: "teacher",
    confirm: "yes",
    ...ids,
    userId: b.teacher.id,
  };
}

/**
 * Each route once (a route with a guard is listed once per handler), reads before writes:
 * a write of A may make one of B's people A's own (an invitation by e-mail address).
 */
function walkedRoutes() {
  const seen = new Set<string>();
  const routes = ctx.app.routes.filter((route) => {
    const key = `${route.method} ${route.path}`;
    if (route.method === "ALL" || route.path.includes("*") || skipped.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return routes.sort((x, y) => Number(x.method !== "GET") - Number(y.method !== "GET"));
}

/**
 * Whether a page asked for with B's ids was refused: 403 or 404, or a redirect away from
 * B's ids (an upload of someone else "has expired"); a redirect to another of B's ids is followed.
 */
async function refused(client: TestClient, response: Response): Promise<boolean> {
  const ids = Object.values(idsOfB).flat();
  let answer = response;
  for (let hops = 0; hops < 3 && answer.status >= 300 && answer.status < 400; hops++) {
    const location = answer.headers.get("location") ?? "";
    if (!ids.some((id) => location.includes(id))) return true;
    answer = await client.get(location);
  }
  return [403, 404].includes(answer.status);
}

describe("tenant isolation over every route", () => {
  it("shows people of A nothing of B and lets them change nothing of B", async () => {
    const before = await snapshotOf(b.orgId);
    expect(JSON.stringify(before)).toContain(MARKER);
    const unfilled: string[] = [];
    const answeredB: string[] = [];
    const serverErrors: string[] = [];
    let requests = 0;
    for (const route of walkedRoutes()) {
      const paths = concretePaths(route.path, idsOfB);
      if (!paths) {
        unfilled.push(`${route.method} ${route.path}`);
        continue;
      }
      const aimedAtEntity = paths[0] !== route.path;
      for (const path of paths) {
        for (const [who, client] of Object.entries(walkers)) {
          const response = route.method === "GET" ? await client.get(path) : await client.post(path, formAimedAtB());
          requests++;
          const body = await response.text();
          const request = `${who} ${route.method} ${path} → ${response.status}`;
          expect(body, request).not.toContain(MARKER);
          if (response.status >= 500) serverErrors.push(request);
          if (aimedAtEntity && route.method === "GET" && !(await refused(client, response))) answeredB.push(request);
        }
      }
    }
    // A new route parameter needs ids: its feature's testing/isolation.ts makes the entity.
    expect(unfilled).toEqual([]);
    expect(requests).toBeGreaterThan(100);
    expect(serverErrors).toEqual([]);
    expect(answeredB).toEqual([]);
    expect(await snapshotOf(b.orgId)).toEqual(before);
  }, 900_000);

  it("opens, with A's own ids, a page for every kind of id (the walk was not blind)", async () => {
    const opened = new Set<string>();
    for (const route of walkedRoutes().filter((r) => r.method === "GET")) {
      const keys = parametersOf(route.path).map(({ keys }) => keys.find((key) => idsOfA[key]));
      const paths = concretePaths(route.path, idsOfA) ?? [];
      for (const path of paths.slice(0, 1)) {
        for (const client of Object.values(walkers)) {
          if ((await client.get(path)).status === 200) keys.forEach((key) => key && opened.add(key));
        }
      }
    }
    const ids = Object.keys(idsOfA).filter((key) => /Id$|\/:id$/.test(key));
    const walkedKeys = walkedRoutes()
      .filter((r) => r.method === "GET")
      .flatMap((r) => parametersOf(r.path).map(({ keys }) => keys.find((key) => idsOfA[key])));
    expect(ids.filter((key) => walkedKeys.includes(key) && !opened.has(key))).toEqual([]);
    const home = await (await walkers.parent!.get("/home")).text();
    expect(home).toContain("AlfaKind");
  }, 300_000);
});
