/**
 * A person's notification settings: read for their settings page, saved from it, and one kind
 * switched off by an unsubscribe link. Always for one person, named by the caller (the session's
 * account, or the account an unsubscribe token was signed for): these global tables have no
 * other way in. Urgent kinds are never stored: they cannot be anything but "now".
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "../db/client.js";
import { notificationPreferences, notificationSettings, users } from "../db/schema/index.js";
import { allKinds, DEFAULT_DIGEST_HOUR, effectiveDelivery, kindNamed, type Delivery } from "./kinds.js";
import { DIGEST } from "./unsubscribe-token.js";

export interface PersonSettings {
  digestHour: number;
  /** Every declared kind's delivery for this person (urgent ones "now"). */
  delivery: ReadonlyMap<string, Delivery>;
}

export async function settingsOf(db: Db, userId: string): Promise<PersonSettings> {
  const [prefs] = await db
    .select({ digestHour: notificationPreferences.digestHour })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  const rows = await db
    .select({ kind: notificationSettings.kind, delivery: notificationSettings.delivery })
    .from(notificationSettings)
    .where(eq(notificationSettings.userId, userId));
  const chosen = new Map(rows.map((row) => [row.kind, row.delivery]));
  return {
    digestHour: prefs?.digestHour ?? DEFAULT_DIGEST_HOUR,
    delivery: new Map(allKinds().map((kind) => [kind.name, effectiveDelivery(kind, chosen.get(kind.name))])),
  };
}

export interface SettingsInput {
  digestHour: number;
  /** Per non-urgent kind by name; kinds left out keep what they had. */
  delivery: Readonly<Record<string, Delivery | undefined>>;
}

/** Saves the page's choices in one transaction; an urgent or unknown kind is ignored (the form offers neither). */
export async function saveSettings(db: Db, userId: string, input: SettingsInput): Promise<void> {
  const rows = Object.entries(input.delivery).flatMap(([kind, delivery]) =>
    delivery && kindNamed(kind)?.urgent === false ? [{ kind, delivery }] : [],
  );
  await db.transaction(async (tx) => {
    await tx
      .insert(notificationPreferences)
      .values({ userId, digestHour: input.digestHour })
      .onConflictDoUpdate({
        target: notificationPreferences.userId,
        set: { digestHour: input.digestHour, updatedAt: new Date() },
      });
    await replaceSettings(tx, userId, rows);
  });
}

export type Unsubscribed = { ok: true; kinds: string[] } | { ok: false; reason: "urgent" | "unknown" };

/**
 * Switches a kind off for this person (an unsubscribe link); DIGEST switches off every kind they
 * get in their digest. Doing it twice changes nothing more.
 */
export async function switchOff(db: Db, userId: string, kindName: string): Promise<Unsubscribed> {
  // A link outlives its account: the account may have been removed since.
  const [account] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!account) return { ok: false, reason: "unknown" };
  if (kindName === DIGEST) {
    const { delivery } = await settingsOf(db, userId);
    const inDigest = [...delivery].filter(([, d]) => d === "digest").map(([name]) => name);
    await setOff(db, userId, inDigest);
    return { ok: true, kinds: inDigest };
  }
  const kind = kindNamed(kindName);
  if (!kind) return { ok: false, reason: "unknown" };
  if (kind.urgent) return { ok: false, reason: "urgent" };
  await setOff(db, userId, [kind.name]);
  return { ok: true, kinds: [kind.name] };
}

async function setOff(db: Db, userId: string, kinds: string[]) {
  const rows = kinds.map((kind) => ({ kind, delivery: "off" as const }));
  await db.transaction((tx) => replaceSettings(tx, userId, rows));
}

async function replaceSettings(tx: Tx, userId: string, rows: { kind: string; delivery: Delivery }[]) {
  if (rows.length === 0) return;
  const kinds = rows.map((row) => row.kind);
  await tx
    .delete(notificationSettings)
    .where(and(eq(notificationSettings.userId, userId), inArray(notificationSettings.kind, kinds)));
  await tx.insert(notificationSettings).values(rows.map((row) => ({ userId, ...row })));
}
