/** A person's passkeys: list, add, remove, mark used. Every query is scoped to the owner. */
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { passkeys } from "../../db/schema/index.js";

export interface PasskeySummary {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export interface StoredPasskey {
  id: string;
  credentialId: string;
  publicKey: string;
  counter: number;
  transports: string[];
}

/** The person's passkeys, oldest first, for the set-up page. */
export async function listPasskeys(db: Db, userId: string): Promise<PasskeySummary[]> {
  return db
    .select({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt), asc(passkeys.id));
}

function toStored(row: typeof passkeys.$inferSelect): StoredPasskey {
  return {
    id: row.id,
    credentialId: row.credentialId,
    publicKey: row.publicKey,
    counter: row.counter,
    transports: row.transports ? row.transports.split(",") : [],
  };
}

/** The credentials to offer the browser (or to exclude when registering). */
export async function listCredentials(db: Db, userId: string): Promise<StoredPasskey[]> {
  const rows = await db.select().from(passkeys).where(eq(passkeys.userId, userId));
  return rows.map(toStored);
}

/** One of the person's credentials by its id; null when it is not theirs. */
export async function findCredential(db: Db, userId: string, credentialId: string): Promise<StoredPasskey | null> {
  const [row] = await db
    .select()
    .from(passkeys)
    .where(and(eq(passkeys.userId, userId), eq(passkeys.credentialId, credentialId)));
  return row ? toStored(row) : null;
}

/** Saves a verified credential; false when that credential is already registered. */
export async function addPasskey(
  db: Db,
  values: {
    userId: string;
    credentialId: string;
    publicKey: string;
    counter: number;
    transports: string[];
    name: string;
  },
): Promise<boolean> {
  const rows = await db
    .insert(passkeys)
    .values({ ...values, transports: values.transports.join(",") })
    .onConflictDoNothing({ target: passkeys.credentialId })
    .returning({ id: passkeys.id });
  return rows.length > 0;
}

/** Records a sign-in: the new signature counter and the time. */
export async function markPasskeyUsed(db: Db, id: string, counter: number): Promise<void> {
  await db.update(passkeys).set({ counter, lastUsedAt: new Date() }).where(eq(passkeys.id, id));
}

/** Removes one of the person's own passkeys; false when it is not theirs or gone. */
export async function removePasskey(db: Db, options: { userId: string; id: string }): Promise<boolean> {
  const rows = await db
    .delete(passkeys)
    .where(and(eq(passkeys.id, options.id), eq(passkeys.userId, options.userId)))
    .returning({ id: passkeys.id });
  return rows.length > 0;
}
