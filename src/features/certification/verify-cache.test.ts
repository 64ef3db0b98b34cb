/**
 * The verification page's short per-process memory: a revocation made elsewhere (another server
 * process, here the database directly) shows within CACHE_MS; an unknown code answers the same
 * every time; expiry follows the clock, not the memory.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/helpers/database.js";
import { withOrg } from "../../db/client.js";
import { certificates, organisations, trajectories } from "../../db/schema/index.js";
import { newCode } from "./domain/code.js";
import { CACHE_MS, verifyCode } from "./service/verify.js";

let database: TestDatabase;
let orgId: string;
let code: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const [org] = await database.db
    .insert(organisations)
    .values({ type: "primary", name: "Basisschool De Cache" })
    .returning({ id: organisations.id });
  orgId = org!.id;
  code = newCode();
  await withOrg(database.db, { orgId, userId: null }, async (tx) => {
    const [trajectory] = await tx.insert(trajectories).values({ orgId, endedAt: new Date() }).returning();
    await tx
      .insert(certificates)
      .values({ orgId, trajectoryId: trajectory!.id, code, awardedOn: "2026-07-01", validUntil: "2029-07-01" });
  });
});
afterAll(() => database.close());
afterEach(() => vi.restoreAllMocks());

describe("the verification page's memory", () => {
  it("shows a revocation made in another process within CACHE_MS", async () => {
    expect((await verifyCode(database.db, code)).status).toBe("valid");
    await withOrg(database.db, { orgId, userId: null }, (tx) =>
      tx
        .update(certificates)
        .set({ revokedAt: new Date(), revokedReason: "elders" })
        .where(and(eq(certificates.orgId, orgId), eq(certificates.code, code))),
    );
    expect((await verifyCode(database.db, code)).status).toBe("valid");
    const later = Date.now() + CACHE_MS + 1;
    vi.spyOn(Date, "now").mockReturnValue(later);
    expect((await verifyCode(database.db, code)).status).toBe("revoked");
  });

  it("answers an unknown code the same, however often it is asked", async () => {
    const unknown = newCode();
    expect(await verifyCode(database.db, unknown)).toEqual({ status: "unknown" });
    expect(await verifyCode(database.db, unknown)).toEqual({ status: "unknown" });
  });

  it("says expired by the clock even while the dates are kept", async () => {
    const fresh = newCode();
    await withOrg(database.db, { orgId, userId: null }, async (tx) => {
      const [trajectory] = await tx.insert(trajectories).values({ orgId, endedAt: new Date() }).returning();
      await tx.insert(certificates).values({
        orgId,
        trajectoryId: trajectory!.id,
        code: fresh,
        awardedOn: "2026-07-01",
        validUntil: "2029-07-01",
      });
    });
    expect((await verifyCode(database.db, fresh, new Date("2029-06-30T12:00:00Z"))).status).toBe("valid");
    expect((await verifyCode(database.db, fresh, new Date("2029-07-02T12:00:00Z"))).status).toBe("expired");
  });
});
