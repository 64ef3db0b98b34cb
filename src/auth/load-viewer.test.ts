import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/helpers/database.js";
import { createUser } from "../../tests/helpers/factories.js";
import { sessions } from "../db/schema/index.js";
import { loadViewer } from "./load-viewer.js";
import { createSession } from "./sessions.js";
import { hashToken } from "./tokens.js";

const database = useTestDatabase();

const policy = { idleMinutes: 60, absoluteHours: 12 };
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** A session of a new user, last used `minutes` ago. */
async function sessionLastSeen(minutes: number) {
  const user = await createUser(database.db);
  const token = await createSession(database.db, { userId: user.id, fullyAuthenticated: true, policy });
  await database.db
    .update(sessions)
    .set({ lastSeenAt: minutesAgo(minutes) })
    .where(eq(sessions.idHash, hashToken(token)));
  return { user, token };
}

async function lastSeen(token: string): Promise<Date> {
  const [row] = await database.db
    .select()
    .from(sessions)
    .where(eq(sessions.idHash, hashToken(token)));
  return row!.lastSeenAt;
}

describe("the idle timeout", () => {
  it("signs out a session left unused for longer than the idle time", async () => {
    const { token } = await sessionLastSeen(61);
    expect(await loadViewer(database.db, token, policy)).toBeNull();
  });

  it("keeps a session in use going, and restarts its idle time", async () => {
    const { user, token } = await sessionLastSeen(59);
    expect((await loadViewer(database.db, token, policy))?.userId).toBe(user.id);
    expect(Date.now() - (await lastSeen(token)).getTime()).toBeLessThan(60_000);
  });

  it("writes the time it was last used at most once a minute", async () => {
    const { token } = await sessionLastSeen(0.5);
    const before = await lastSeen(token);
    expect(await loadViewer(database.db, token, policy)).not.toBeNull();
    expect(await lastSeen(token)).toEqual(before);
  });
});
