/**
 * A person's private iCal feed: /calendar/feed/<token>.ics, read by a calendar app without signing
 * in. The token is 32 random bytes (base64url); only its SHA-256 is stored, so a database reader
 * cannot subscribe as anyone. Renewing replaces the hash: the old address then finds nothing (404).
 * The feed covers every organisation the person belongs to, each with the groups they see there
 * (a parent: their children's groups), from a year back to a year ahead.
 */
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { listOrganisationAccess } from "../../../auth/load-viewer.js";
import { withOrg, type Db } from "../../../db/client.js";
import { calendarFeeds } from "../../../db/schema/index.js";
import { calendarFeed, type FeedEntry } from "../../../lib/calendar.js";
import { addMonths, schoolToday } from "../../../lib/time/school-date.js";
import { seesEveryGroup } from "../policy.js";
import { audienceOf } from "./audience.js";
import { entriesFor } from "./calendar.js";

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

export const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Whether this person has a feed (the page offers to make one, or to renew it). */
export async function hasFeed(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId));
  return row !== undefined;
}

/** For the data export: since when their feed address exists (the address itself is not kept). */
export async function feedOfPerson(db: Db, userId: string) {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId));
  return row ? { since: row.createdAt } : null;
}

/** Makes the person's feed token, or a new one in place of the old; returns it (shown once). */
export async function renewFeed(db: Db, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db
    .insert(calendarFeeds)
    .values({ userId, tokenHash: hashOf(token) })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash: hashOf(token), createdAt: new Date() } });
  return token;
}

/** The feed of the token's person, or null for a token that is not (or no longer) anyone's. */
export async function feedOf(
  db: Db,
  token: string,
  options: { publicUrl: string; name: string; now?: Date },
): Promise<string | null> {
  if (!TOKEN.test(token)) return null;
  const [feed] = await db
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, hashOf(token)));
  if (!feed) return null;
  const today = schoolToday(options.now);
  const range = { from: addMonths(today, -12), to: addMonths(today, 12) };
  const entries: FeedEntry[] = [];
  for (const org of await listOrganisationAccess(db, feed.userId, false)) {
    const found = await withOrg(db, { orgId: org.orgId, userId: feed.userId }, async (tx) => {
      const audience = await audienceOf(tx, {
        orgId: org.orgId,
        userId: feed.userId,
        staff: seesEveryGroup(org.staffRoles),
        guardian: org.isGuardian,
      });
      return audience ? entriesFor(tx, audience, range) : [];
    });
    for (const entry of found)
      entries.push({
        uid: entry.uid,
        sequence: entry.sequence,
        title: entry.title,
        description: [org.orgName, entry.description].filter(Boolean).join("\n\n"),
        ...(entry.place ? { location: entry.place } : {}),
        ...(entry.href ? { url: `${options.publicUrl}${entry.href}` } : {}),
        when: entry.when,
      });
  }
  return calendarFeed(entries, { productId: "samen/calendar", name: options.name });
}
