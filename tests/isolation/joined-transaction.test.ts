/**
 * withOrgJoined (src/db/client.ts): a form post's one transaction that the service's inOrg of
 * the same organisation and person joins instead of opening a savepoint. Row-level security
 * applies from its first statement; a withOrg of another scope inside it still gets a savepoint,
 * and the transaction is the organisation's own again after it.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { isJoinedTransaction, rowsOf, withOrg, withOrgJoined, type Tx } from "../../src/db/client.js";
import { useTestDatabase } from "../helpers/database.js";
import { createSchool } from "../helpers/factories.js";

const database = useTestDatabase();

const pupils = async (tx: Tx) =>
  rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from pupils`))[0]?.n;

describe("a joined organisation transaction", () => {
  it("is joined by a withOrg of the same scope, without a savepoint, and keeps row-level security", async () => {
    const a = await createSchool(database.db);
    await createSchool(database.db);
    const scope = { orgId: a.orgId, userId: null };
    let code: string | undefined;
    await withOrgJoined(database.db, scope, async (outer) => {
      expect(isJoinedTransaction(outer)).toBe(true);
      expect(await pupils(outer)).toBe(2);
      await withOrg(outer as never, scope, async (inner) => {
        expect(inner).toBe(outer);
        await inner.execute(sql`select 1 / 0`).catch(() => null);
      });
      // No savepoint: the failed statement ended the whole transaction.
      await outer.execute(sql`select 1`).catch((error: { cause?: { code?: string }; code?: string }) => {
        code = error.cause?.code ?? error.code;
      });
      throw new Error("roll back");
    }).catch(() => null);
    expect(code).toBe("25P02");
  });

  it("gives a withOrg of another organisation its own savepoint and settings", async () => {
    const a = await createSchool(database.db);
    const b = await createSchool(database.db);
    let innerCount: number | undefined;
    const seen = await withOrgJoined(database.db, { orgId: a.orgId, userId: null }, async (outer) => {
      const inner = await withOrg(outer as never, { orgId: b.orgId, userId: null }, async (tx) => {
        expect(tx).not.toBe(outer);
        expect(isJoinedTransaction(tx)).toBe(false);
        innerCount = await pupils(tx);
        await tx.execute(sql`select 1 / 0`).catch(() => null);
      }).catch(() => "rolled back to the savepoint");
      return { inner, after: await pupils(outer) };
    });
    expect(innerCount).toBe(2);
    expect(seen).toEqual({ inner: "rolled back to the savepoint", after: 2 });
  });

  it("runs as its own organisation again after another organisation's work inside it succeeded", async () => {
    const a = await createSchool(database.db);
    const b = await createSchool(database.db);
    const orgSetting = async (tx: Tx) =>
      rowsOf<{ org: string }>(await tx.execute(sql`select current_setting('app.org_id') as org`))[0]?.org;
    const seen = await withOrgJoined(database.db, { orgId: a.orgId, userId: null }, async (outer) => {
      const inB = await withOrg(outer as never, { orgId: b.orgId, userId: null }, orgSetting);
      // A released savepoint keeps its settings: the joined transaction must be A's again.
      const after = await orgSetting(outer);
      const joinedAgain = await withOrg(outer as never, { orgId: a.orgId, userId: null }, orgSetting);
      return { inB, after, joinedAgain };
    });
    expect(seen).toEqual({ inB: b.orgId, after: a.orgId, joinedAgain: a.orgId });
  });

  it("for lookups by key, plans generically and without sequential scans until it ends, and is still joined by its scope", async () => {
    const a = await createSchool(database.db);
    const scope = { orgId: a.orgId, userId: null };
    const planMode = async (tx: Tx | typeof database.db) =>
      rowsOf<{ mode: string }>(
        await tx.execute(
          sql`select current_setting('plan_cache_mode') || ' ' || current_setting('enable_seqscan') as mode`,
        ),
      )[0]?.mode;
    const seen = await withOrgJoined(
      database.db,
      scope,
      async (outer) => {
        const joined = await withOrg(outer as never, scope, async (inner) => inner === outer);
        return { mode: await planMode(outer), pupils: await pupils(outer), joined };
      },
      { keyLookups: true },
    );
    expect(seen).toEqual({ mode: "force_generic_plan off", pupils: 2, joined: true });
    // Local to the transaction: the connection plans as before afterwards.
    expect(await planMode(database.db)).toBe("auto on");
  });
});
