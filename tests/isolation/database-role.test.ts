/**
 * The role the app's queries run as (issue 10, §5). On a PostgreSQL server the app logs in as
 * samen_app, so an injected RESET ROLE cannot bring back the owner, and it refuses to serve
 * over a login that bypasses row-level security. PGlite is one connection opened as its owner:
 * there every query runs as samen_app after SET ROLE, and the same check refuses its login.
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { appLoginUrl, assertRowLevelSecurityApplies, openDatabase, rowsOf, withOrg } from "../../src/db/client.js";
import { useTestDatabase } from "../helpers/database.js";
import { createSchool } from "../helpers/factories.js";
import { exitWithin, startScript, stopAllProcesses } from "../helpers/processes.js";

const database = useTestDatabase();
const roles: string[] = [];

afterAll(async () => {
  stopAllProcesses();
  for (const role of roles) await database.ownerExec(`drop owned by ${role}; drop role ${role}`);
});

/** A login role of its own (roles are cluster-wide), dropped after the file; `rights` go into CREATE ROLE. */
async function loginRole(rights: string): Promise<string> {
  const role = `samen_role_${randomBytes(4).toString("hex")}`;
  await database.ownerExec(`create role ${role} login ${rights} in role samen_app`);
  roles.push(role);
  return role;
}

function loginAs(role: string): string {
  const url = new URL(database.url!);
  url.username = role;
  return url.toString();
}

describe("the database role", { timeout: 120_000 }, () => {
  it("keeps row-level security on after an injected RESET ROLE", async () => {
    const a = await createSchool(database.db);
    await createSchool(database.db);
    // PGlite's one connection is logged in as its owner, which RESET ROLE would bring back for the
    // rest of the process (docs/decisions/001): there the test only reads who runs the queries.
    const injection = database.kind === "postgres" ? sql`reset role` : sql`select 1`;
    const [seen] = await withOrg(database.db, { orgId: a.orgId, userId: null }, async (tx) => {
      await tx.execute(injection);
      return rowsOf<{ login: string; role: string; superuser: boolean; pupils: number }>(
        await tx.execute(sql`select session_user::text as login, current_user::text as role,
          (select rolsuper from pg_roles where rolname = current_user) as superuser,
          (select count(*)::int from pupils) as pupils`),
      );
    });
    // Only school A's two pupils show, to samen_app.
    const login = database.kind === "postgres" ? "samen_app" : "postgres";
    expect(seen).toEqual({ login, role: "samen_app", superuser: false, pupils: 2 });
  });

  it("runs every organisation's transaction as samen_app, also after an injection reset the session's role", async () => {
    const a = await createSchool(database.db);
    await createSchool(database.db);
    // An injection needs no statement of its own: a function call in any query resets the role
    // for the session, which on PGlite is the owner for every later query of the process.
    await database.db.execute(sql`select set_config('role', 'none', false)`);
    try {
      const [seen] = await withOrg(database.db, { orgId: a.orgId, userId: null }, async (tx) =>
        rowsOf<{ role: string; pupils: number }>(
          await tx.execute(sql`select current_user::text as role, (select count(*)::int from pupils) as pupils`),
        ),
      );
      expect(seen).toEqual({ role: "samen_app", pupils: 2 });
    } finally {
      await database.db.execute(sql`set role samen_app`);
    }
  });

  it("refuses to serve over a login that is a superuser, bypasses row-level security or owns a table", async () => {
    const refusal = /refuses to serve/;
    if (!database.url) {
      // PGlite's login is its owner: the server's check would refuse it, so PGlite checks the role it switched to.
      await expect(assertRowLevelSecurityApplies(database.db, "session_user")).rejects.toThrow(refusal);
      return;
    }
    const open = (appUrl: string) => openDatabase({ url: database.url, appUrl });
    await expect(open(database.url)).rejects.toThrow(refusal);
    await expect(open(loginAs(await loginRole("bypassrls")))).rejects.toThrow(refusal);
    const owner = await loginRole("");
    await database.ownerExec(`create table owned_by_app (id int); alter table owned_by_app owner to ${owner}`);
    await expect(open(loginAs(owner))).rejects.toThrow(refusal);
    await database.ownerExec("drop table owned_by_app");

    // A login role of the operator's own naming, a member of samen_app and nothing more, serves.
    const own = await open(loginAs(await loginRole("")));
    await own.close();

    // The server stops at start with the reason.
    const env = { DATABASE_URL: database.url, DATABASE_APP_URL: database.url, PORT: "0", DEMO: "false" };
    const server = startScript("src/server.ts", [], env);
    expect(await exitWithin(server, 60_000)).toBe(1);
    expect(server.output()).toMatch(/The database role "postgres" is a superuser.*Samen refuses to serve as it/);
    expect(appLoginUrl(database.url)).toMatch(/^postgres:\/\/samen_app@/);
  });
});
