/**
 * An organisation's transaction sets its settings (the role, the organisation, the person) in the
 * round trip of its `begin` on a PostgreSQL server (settingsText, beginsWithSetup in
 * src/db/client.ts): the values are written into the SQL text only when each is a role of ours,
 * one of KEY_LOOKUPS', a UUID or empty; anything else goes in as parameters after the `begin`, as
 * on PGlite.
 */
import { sql } from "drizzle-orm";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ADVISOR_ROLE,
  APP_ROLE,
  KEY_LOOKUPS,
  rowsOf,
  settingsText,
  withOrg,
  withOrgJoined,
  type Tx,
} from "../../src/db/client.js";
import { withLink } from "../../src/features/measurements/service/respondent.js";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";
import { createSchool } from "../helpers/factories.js";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const uuid = "0b9c8e3a-5d1f-4c7e-9a2b-3c4d5e6f7a8b";
const settings = (values: Record<string, string>) => ({ names: Object.keys(values), values: Object.values(values) });

const seen = async (tx: Tx) =>
  rowsOf<{ role: string; org: string; user: string; pupils: number }>(
    await tx.execute(sql`select current_user::text as role, current_setting('app.org_id', true) as org,
      current_setting('app.user_id', true) as user, (select count(*)::int from pupils) as pupils`),
  )[0]!;

describe("settingsText", () => {
  it("writes roles of ours, UUIDs and empty values into one select", () => {
    expect(settingsText(settings({ role: APP_ROLE, "app.org_id": uuid, "app.user_id": "" }))).toBe(
      `select set_config('role', '${APP_ROLE}', true), set_config('app.org_id', '${uuid}', true), ` +
        "set_config('app.user_id', '', true)",
    );
    expect(settingsText(settings({ role: ADVISOR_ROLE }))).toBe(`select set_config('role', '${ADVISOR_ROLE}', true)`);
    expect(settingsText(settings(KEY_LOOKUPS))).toBe(
      "select set_config('plan_cache_mode', 'force_generic_plan', true), set_config('enable_seqscan', 'off', true)",
    );
  });

  it("refuses any other value or name, so it is set as a parameter instead", () => {
    for (const value of ["x", `${uuid}'; drop table pupils; --`, "it's", "postgres", `${uuid} `, "link-token_123"]) {
      expect(settingsText(settings({ role: APP_ROLE, "app.org_id": value }))).toBeUndefined();
    }
    expect(settingsText(settings({ role: "postgres" }))).toBeUndefined();
    expect(settingsText(settings({ "search_path'": uuid }))).toBeUndefined();
    expect(settingsText(settings({ search_path: uuid }))).toBeUndefined();
    expect(settingsText(settings({ plan_cache_mode: "force_custom_plan" }))).toBeUndefined();
  });
});

describe("an organisation's transaction", () => {
  it("runs as the app with the organisation's settings and row-level security from its first statement", async () => {
    const a = await createSchool(database.db);
    await createSchool(database.db);
    const viewer = await withOrg(database.db, { orgId: a.orgId, userId: uuid }, seen);
    expect(viewer).toEqual({ role: APP_ROLE, org: a.orgId, user: uuid, pupils: 2 });
    const joined = await withOrgJoined(database.db, { orgId: a.orgId, userId: null }, seen);
    expect(joined).toEqual({ role: APP_ROLE, org: a.orgId, user: "", pupils: 2 });
  });

  it("sets a value that is not ours as a parameter, unchanged", async () => {
    const link = "it's-a-link'); select 1; --";
    const value = await withLink(database.db, link, async (tx) =>
      rowsOf<{ link: string }>(await tx.execute(sql`select current_setting('app.measurement_link') as link`)),
    );
    expect(value).toEqual([{ link }]);
  });

  it("rolls back what it did when fn throws, and the next transaction starts clean", async () => {
    const a = await createSchool(database.db);
    const failed = await withOrg(database.db, { orgId: a.orgId, userId: null }, async (tx) => {
      await tx.execute(sql`delete from pupil_guardians where org_id = ${a.orgId}`);
      throw new Error("undo");
    }).catch((error: Error) => error.message);
    expect(failed).toBe("undo");
    const left = await withOrg(database.db, { orgId: a.orgId, userId: null }, async (tx) =>
      rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from pupil_guardians`)),
    );
    expect(left[0]!.n).toBeGreaterThan(0);
    // Outside any transaction the settings are gone (set_config(…, true) is local to it).
    const after = rowsOf<{ org: string | null }>(
      await database.db.execute(sql`select nullif(current_setting('app.org_id', true), '') as org`),
    );
    expect(after).toEqual([{ org: null }]);
  });

  it("begins and sets its settings in one round trip on a PostgreSQL server, after PGlite's own begin on PGlite", async () => {
    const a = await createSchool(database.db);
    const texts = await statementsOf(() =>
      withOrg(database.db, { orgId: a.orgId, userId: null }, (tx) => tx.execute(sql`select 1`)),
    );
    if (database.kind === "postgres") {
      expect(texts).toEqual([
        `begin; select set_config('role', '${APP_ROLE}', true), set_config('app.org_id', '${a.orgId}', true), ` +
          "set_config('app.user_id', '', true)",
        "select 1",
        "commit",
      ]);
    } else {
      // PGlite's transaction() sends its begin and commit itself; the settings follow as parameters.
      expect(texts).toEqual([expect.stringContaining("select set_config(name, value, true)"), "select 1"]);
    }
  });
});

/**
 * The statements' texts that fn sends: on a PostgreSQL server as the pool's connections send them
 * (a simple query, or an extended one's parse), since the pool's clients bind their query method
 * when made (src/db/connections.ts) and a spy on pg.Client's would see none; inside PGlite's
 * transactions on PGlite.
 */
async function statementsOf(fn: () => Promise<unknown>): Promise<string[]> {
  const texts: string[] = [];
  const textOf = (query: unknown) => (typeof query === "string" ? query : (query as { text: string }).text);
  if (database.kind === "postgres") {
    const simple = vi.spyOn(pg.Connection.prototype, "query");
    const parse = vi.spyOn(pg.Connection.prototype, "parse");
    try {
      await fn();
      const sent = [simple, parse].flatMap(({ mock }) =>
        mock.calls.map(([query], i) => ({ order: mock.invocationCallOrder[i]!, text: textOf(query) })),
      );
      return sent.sort((a, b) => a.order - b.order).map((s) => s.text);
    } finally {
      simple.mockRestore();
      parse.mockRestore();
    }
  }
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const transaction = client.transaction.bind(client);
  const spy = vi.spyOn(client, "transaction").mockImplementation((callback) =>
    transaction((tx) => {
      const query = tx.query.bind(tx);
      tx.query = ((text: string, ...rest: []) => {
        texts.push(textOf(text));
        return query(text, ...rest);
      }) as typeof tx.query;
      return callback(tx);
    }),
  );
  try {
    await fn();
    return texts;
  } finally {
    spy.mockRestore();
  }
}
