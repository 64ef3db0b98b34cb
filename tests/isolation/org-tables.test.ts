/**
 * Row-level security that grows with the schema: every table with an org_id column, in
 * the live schema the migrations made (PGlite or PostgreSQL), has it enabled and forced
 * and a policy the app is under, and each such policy admits only the organisation's own
 * rows unless it is listed below with its reason. A new table that forgets fails here.
 */
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf, withOrg } from "../../src/db/client.js";
import { useTestDatabase } from "../helpers/database.js";
import { createSchool } from "../helpers/factories.js";

/** Policies that differ from the standard `org_id = app_org_id()`, each on purpose. */
const deliberateExceptions: Readonly<Record<string, string>> = {
  memberships_org: "a person lists their own staff roles in every organisation, to choose one",
  guardians_org: "a parent lists their own guardian records in every organisation, to choose one",
  measurement_audiences_org: "an open link finds its audience before the organisation is known",
  measurement_invitations_org: "a personal link finds its invitation before the organisation is known",
  conversation_private_notes_own: "narrower: a teacher's private notes are theirs alone",
  advisor_notes_own: "narrower: an advisor's notes are theirs alone",
  advisor_notes_shared: "narrower, read-only: a note the advisor shared, for the organisation's people",
};

const STANDARD = "(org_id = app_org_id())";

interface OrgTable {
  name: string;
  enabled: boolean;
  forced: boolean;
  /** The policies that apply to the app's role (to everyone or to samen_app). */
  /** command: "*" for every command, "r" for SELECT only. */
  policies: { name: string; command: string; using: string | null; check: string | null }[];
}

const database = useTestDatabase();

async function orgTables(): Promise<OrgTable[]> {
  const result = await database.db.execute(sql`
    select c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
      coalesce((
        select json_agg(json_build_object(
          'name', p.polname, 'command', p.polcmd, 'using', pg_get_expr(p.polqual, p.polrelid), 'check', pg_get_expr(p.polwithcheck, p.polrelid)
        ) order by p.polname)
        from pg_policy p
        where p.polrelid = c.oid
          and (0::oid = any (p.polroles) or (select oid from pg_roles where rolname = 'samen_app') = any (p.polroles))
      ), '[]'::json) as policies
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')
      and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped)
    order by c.relname`);
  return rowsOf<OrgTable>(result);
}

/** What is wrong with the isolation of each organisation-owned table, one line per problem. */
function problemsOf(tables: OrgTable[]): string[] {
  return tables.flatMap((table) => {
    const problems: string[] = [];
    if (!table.enabled) problems.push(`${table.name}: row-level security is not enabled`);
    if (!table.forced) problems.push(`${table.name}: row-level security is not forced (its owner bypasses it)`);
    if (table.policies.length === 0) problems.push(`${table.name}: no policy applies to the app`);
    for (const policy of table.policies) {
      const standard = policy.using === STANDARD && policy.check === STANDARD;
      if (!standard && !(policy.name in deliberateExceptions))
        problems.push(
          `${table.name}: policy ${policy.name} is not org_id = app_org_id() and not listed as an exception`,
        );
    }
    return problems;
  });
}

describe("row-level security of every organisation-owned table", () => {
  it("is enabled, forced and with a policy that admits only the organisation's rows", async () => {
    const tables = await orgTables();
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        "pupils",
        "measurements",
        "conversation_rounds",
        "trajectories",
        "trajectory_measurements",
        "trajectory_skips",
        "trajectory_sessions",
        "trajectory_session_groups",
        "trajectory_warnings",
        "plans",
        "plan_goals",
        "plan_actions",
        "plan_action_ideas",
        "plan_versions",
        "plan_responses",
      ]),
    );
    expect(problemsOf(tables)).toEqual([]);
  });

  it("lists only exceptions that exist, and each still confines the app's writes to its organisation", async () => {
    const policies = (await orgTables()).flatMap((t) => t.policies);
    for (const name of Object.keys(deliberateExceptions)) {
      const policy = policies.find((p) => p.name === name);
      expect(policy, name).toBeDefined();
      expect(policy?.using, name).toContain("app_org_id()");
      // A read-only policy allows no writes, so it has no check of its own.
      if (policy?.command === "r") expect(policy.check, name).toBeNull();
      else expect(policy?.check, name).toContain("org_id = app_org_id()");
    }
  });

  it("is given by enable_org_isolation, which only the owner may call", async () => {
    await database.ownerExec("CREATE TABLE isolation_probe (org_id uuid NOT NULL, note text NOT NULL)");
    const before = problemsOf(await orgTables());
    expect(before).toEqual([
      "isolation_probe: row-level security is not enabled",
      "isolation_probe: row-level security is not forced (its owner bypasses it)",
      "isolation_probe: no policy applies to the app",
    ]);

    await database.ownerExec("SELECT enable_org_isolation('isolation_probe')");
    expect(problemsOf(await orgTables())).toEqual([]);
    const [a, b] = [await createSchool(database.db), await createSchool(database.db)];
    await withOrg(database.db, { orgId: a.orgId, userId: null }, (tx) =>
      tx.execute(sql`insert into isolation_probe values (${a.orgId}, 'van A')`),
    );
    const seenByB = await withOrg(database.db, { orgId: b.orgId, userId: null }, (tx) =>
      tx.execute(sql`select note from isolation_probe`),
    );
    expect(rowsOf(seenByB)).toEqual([]);
    await expect(
      withOrg(database.db, { orgId: b.orgId, userId: null }, (tx) =>
        tx.execute(sql`insert into isolation_probe values (${a.orgId}, 'in naam van A')`),
      ),
    ).rejects.toThrow();

    const refusal = await withOrg(database.db, { orgId: a.orgId, userId: null }, (tx) =>
      tx.execute(sql`select enable_org_isolation('pupils')`),
    ).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ cause: { message: expect.stringMatching(/permission denied/) } });
  });
});
