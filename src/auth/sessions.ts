/**
 * Server-side sessions. The cookie holds a random id; the table holds its hash,
 * the user, and the timestamps for the idle and absolute timeouts.
 */
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Db, Executor } from "../db/client.js";
import { sessions, users } from "../db/schema/index.js";
import { hashToken, newToken } from "./tokens.js";

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** Starts a new session (a new id at every sign-in) and returns the cookie value. */
export async function createSession(
  db: Db,
  options: { userId: string; fullyAuthenticated: boolean; policy: SessionPolicy; currentOrgId?: string | null },
): Promise<string> {
  const token = newToken();
  await db.insert(sessions).values({
    idHash: hashToken(token),
    userId: options.userId,
    fullyAuthenticated: options.fullyAuthenticated,
    currentOrgId: options.currentOrgId ?? null,
    expiresAt: new Date(Date.now() + options.policy.absoluteHours * 3_600_000),
  });
  // An account that signed in once is the person's: it no longer goes with its invitation (migration 0058).
  await db
    .update(users)
    .set({ signedInAt: sql`now()` })
    .where(and(eq(users.id, options.userId), isNull(users.signedInAt)));
  return token;
}

export async function updateSession(
  db: Db,
  idHash: string,
  values: Partial<{ currentOrgId: string | null; fullyAuthenticated: boolean }>,
): Promise<void> {
  await db.update(sessions).set(values).where(eq(sessions.idHash, idHash));
}

export async function destroySession(db: Db, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Signs out everywhere: every session of the user ends. */
export async function destroyAllSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/**
 * Ends the person's other sessions and keeps this one: after a change that should lock out whoever
 * may have taken over one of them (a first second factor, a new password).
 */
export async function destroyOtherSessions(db: Executor, userId: string, keepHash: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.idHash, keepHash)));
}

/** Whether the session began (a sign-in, or the second step, which starts a new one) within the last minutes. */
export async function signedInWithin(db: Db, idHash: string, minutes: number): Promise<boolean> {
  const [row] = await db.select({ at: sessions.createdAt }).from(sessions).where(eq(sessions.idHash, idHash));
  return row !== undefined && row.at.getTime() > Date.now() - minutes * 60_000;
}
