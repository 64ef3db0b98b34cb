import { describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import pino from "pino";
import { useTestDatabase } from "../../tests/helpers/database.js";
import { createUser } from "../../tests/helpers/factories.js";
import { authChallenges, formSubmissions, rateLimits, sessions, signInTokens } from "../db/schema/index.js";
import { startJobs, type Jobs } from "../jobs/queue.js";
import { loadConfig } from "../config.js";
import { testMailer } from "../../tests/helpers/app.js";
import { purgeExpiredAuthData } from "./retention.js";
import { AUTH_RETENTION_CRON, authRetentionJob } from "./retention-jobs.js";
import { newToken } from "./tokens.js";

const database = useTestDatabase();

const policy = { idleMinutes: 60, absoluteHours: 12 };
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const from = (minutes: number) => new Date(Date.now() + minutes * 60_000);

/** One live and one dead row of every kind, for one user; returns the keys of each. */
async function seed() {
  const db = database.db;
  const user = await createUser(db);
  const [live, idle, ended] = [newToken(), newToken(), newToken()];
  await db.insert(sessions).values([
    { idHash: live, userId: user.id, lastSeenAt: ago(5), expiresAt: from(600) },
    { idHash: idle, userId: user.id, lastSeenAt: ago(61), expiresAt: from(600) },
    { idHash: ended, userId: user.id, lastSeenAt: ago(1), expiresAt: ago(1) },
  ]);
  const [linkLive, linkExpired] = [newToken(), newToken()];
  await db.insert(signInTokens).values([
    { tokenHash: linkLive, userId: user.id, expiresAt: from(5) },
    { tokenHash: linkExpired, userId: user.id, expiresAt: ago(1), usedAt: ago(5) },
  ]);
  await db.insert(authChallenges).values([
    { sessionHash: live, purpose: "live", value: "x", expiresAt: from(5) },
    { sessionHash: live, purpose: "expired", value: "x", expiresAt: ago(1) },
  ]);
  const [counterLive, counterOld] = [`link:ip:${newToken()}`, `link:email-ip:${newToken()}`];
  await db.insert(rateLimits).values([
    { key: counterLive, windowStart: ago(10), count: 3 },
    { key: counterOld, windowStart: ago(61), count: 6 },
  ]);
  const [formRecent, formOld] = [newToken(), newToken()];
  await db.insert(formSubmissions).values([
    { sessionHash: live, tokenHash: formRecent, location: "/groups/a", createdAt: ago(23 * 60) },
    { sessionHash: live, tokenHash: formOld, location: "/groups/b", createdAt: ago(25 * 60) },
  ]);
  return { user, live, idle, ended, linkLive, linkExpired, counterLive, counterOld, formRecent };
}

describe("retention of sign-in data", () => {
  it("deletes what has expired, keeps what still works, and deletes nothing more the second time", async () => {
    const s = await seed();
    const db = database.db;
    const first = await purgeExpiredAuthData(db, policy);
    expect(first.sessions).toBeGreaterThanOrEqual(2);
    const sessionsLeft = await db.select().from(sessions).where(eq(sessions.userId, s.user.id));
    expect(sessionsLeft.map((r) => r.idHash)).toEqual([s.live]);
    const linksLeft = await db.select().from(signInTokens).where(eq(signInTokens.userId, s.user.id));
    expect(linksLeft.map((r) => r.tokenHash)).toEqual([s.linkLive]);
    const challengesLeft = await db.select().from(authChallenges).where(eq(authChallenges.sessionHash, s.live));
    expect(challengesLeft.map((r) => r.purpose)).toEqual(["live"]);
    const countersLeft = await db
      .select()
      .from(rateLimits)
      .where(inArray(rateLimits.key, [s.counterLive, s.counterOld]));
    expect(countersLeft.map((r) => r.key)).toEqual([s.counterLive]);
    const formsLeft = await db.select().from(formSubmissions).where(eq(formSubmissions.sessionHash, s.live));
    expect(formsLeft.map((r) => r.tokenHash)).toEqual([s.formRecent]);

    expect(await purgeExpiredAuthData(db, policy)).toEqual({
      signInTokens: 0,
      sessions: 0,
      authChallenges: 0,
      rateLimits: 0,
      formSubmissions: 0,
    });
  });

  it("is scheduled every hour and its worker deletes, twice as well as once", async () => {
    const jobs: Jobs = await startJobs(database, pino({ level: "silent" }), [authRetentionJob]);
    try {
      await jobs.schedule(authRetentionJob, AUTH_RETENTION_CRON);
      const schedules = await database.ownerSql(`select name, cron from pgboss.schedule`);
      expect(schedules.rows).toContainEqual({ name: "auth-retention", cron: "23 * * * *" });

      const s = await seed();
      const config = loadConfig({ NODE_ENV: "test", SECRET_KEY: "retention-test-key-of-thirty-two-characters" });
      const logger = pino({ level: "silent" });
      const mailer = testMailer(database.db);
      const deps = { config, db: database.db, mailer, logger, jobs };
      await authRetentionJob.handle({}, { deps, owner: database });
      await authRetentionJob.handle({}, { deps, owner: database });
      expect(await database.db.select().from(sessions).where(eq(sessions.idHash, s.idle))).toEqual([]);
      expect(await database.db.select().from(sessions).where(eq(sessions.idHash, s.live))).toHaveLength(1);
    } finally {
      await jobs.stop();
    }
  }, 60_000);
});
