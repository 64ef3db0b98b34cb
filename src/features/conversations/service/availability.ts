/** A teacher's available times in a round; every change regenerates their slots through the domain. */
import { and, asc, count, gt, lt, ne } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationAvailability, conversationBookings, conversationSlots } from "../../../db/schema/index.js";
import { localToUtc } from "../../../lib/time/zone.js";
import type { MessageKey } from "../../../web/i18n/index.js";
import { isMessageKey } from "../../../web/i18n/index.js";
import { generateSlots, slotSettingsSchema } from "../domain/slots.js";
import { teacherRound } from "./rounds.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";
import { syncTeacherSlots } from "./slot-sync.js";
import { lockTeacherTimes } from "./teacher-lock.js";
import { slotOfBooking, slotsOfTeacherIn, teacherSlotsOverlapping } from "./joins.js";

export type Window = typeof conversationAvailability.$inferSelect;

/** The form's fields the domain refused, with catalog keys. */
export class AvailabilityError extends Error {
  constructor(readonly errors: Partial<Record<"date" | "from" | "to", MessageKey>>) {
    super("availability refused");
  }
}

interface WindowInput {
  date: string;
  from: string;
  to: string;
}

/** The round and the teacher's own windows in it. */
export function listMyAvailability(scope: ViewerScope & { roundId: string }) {
  return inOrg(scope, async (tx) => ({
    round: await teacherRound(tx, scope, scope.roundId),
    windows: await myWindows(tx, scope, scope.roundId),
  }));
}

/** Adds a window after the domain accepted it with the others (no overlap, long enough). */
export function addAvailability(scope: ViewerScope & { roundId: string; window: WindowInput }) {
  return inOrg(scope, async (tx) => {
    const round = await teacherRound(tx, scope, scope.roundId);
    const windows = [...(await myWindows(tx, scope, round.id)).map(toInput), scope.window];
    const settings = settingsFor(round, scope.userId, windows);
    if (!settings.ok) throw new AvailabilityError(settings.errors);
    await lockTeacherTimes(tx, scope.orgId, scope.userId);
    if (await inOtherRound(tx, { ...scope, roundId: round.id }, scope.window))
      throw new AvailabilityError({ from: "conversations.error.otherRoundOverlap" });
    await tx.insert(conversationAvailability).values({
      orgId: scope.orgId,
      roundId: round.id,
      teacherId: scope.userId,
      onDate: scope.window.date.trim(),
      fromTime: scope.window.from.trim(),
      toTime: scope.window.to.trim(),
    });
    return syncTeacherSlots(tx, { orgId: scope.orgId, roundId: round.id, teacherId: scope.userId }, settings.slots);
  });
}

/**
 * Removes one of the teacher's windows, unless families booked times in it: those are taken
 * away by cancelling the bookings (which tells the families), never silently. Returns how many
 * conversations are booked in it then.
 */
export function removeAvailability(
  scope: ViewerScope & { roundId: string; windowId: string },
): Promise<{ ok: true } | { ok: false; booked: number }> {
  return inOrg(scope, async (tx) => {
    const round = await teacherRound(tx, scope, scope.roundId);
    const mine = ofOrg(conversationAvailability, scope.orgId, {
      roundId: round.id,
      teacherId: scope.userId,
      id: scope.windowId,
    });
    const [window] = await tx.select().from(conversationAvailability).where(mine);
    const booked = window ? await bookedIn(tx, { ...scope, roundId: round.id }, window) : 0;
    if (booked > 0) return { ok: false as const, booked };
    await tx.delete(conversationAvailability).where(mine);
    const windows = (await myWindows(tx, scope, round.id)).map(toInput);
    const settings = settingsFor(round, scope.userId, windows);
    const slots = settings.ok ? settings.slots : [];
    await syncTeacherSlots(tx, { orgId: scope.orgId, roundId: round.id, teacherId: scope.userId }, slots);
    return { ok: true as const };
  });
}

/** How many of the teacher's booked conversations lie in the window. */
async function bookedIn(tx: Tx, scope: ViewerScope & { roundId: string }, window: Window): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(conversationBookings)
    .innerJoin(conversationSlots, slotOfBooking)
    .where(
      and(
        slotsOfTeacherIn(scope, scope.roundId),
        lt(conversationSlots.startsAt, localToUtc(window.onDate, window.toTime)),
        gt(conversationSlots.endsAt, localToUtc(window.onDate, window.fromTime)),
      ),
    );
  return row?.n ?? 0;
}

/**
 * Whether the window overlaps one of the teacher's times in another round: a teacher is in one
 * place at a time (the domain checks the windows within a round; teacher-lock.ts).
 */
async function inOtherRound(tx: Tx, scope: ViewerScope & { roundId: string }, window: WindowInput) {
  const [found] = await tx
    .select({ id: conversationSlots.id })
    .from(conversationSlots)
    .where(
      teacherSlotsOverlapping(
        { orgId: scope.orgId, teacherId: scope.userId },
        {
          startsAt: localToUtc(window.date.trim(), window.from.trim()),
          endsAt: localToUtc(window.date.trim(), window.to.trim()),
        },
        ne(conversationSlots.roundId, scope.roundId),
      ),
    )
    .limit(1);
  return found !== undefined;
}

function myWindows(tx: Tx, scope: ViewerScope, roundId: string): Promise<Window[]> {
  return tx
    .select()
    .from(conversationAvailability)
    .where(ofOrg(conversationAvailability, scope.orgId, { roundId, teacherId: scope.userId }))
    .orderBy(asc(conversationAvailability.onDate), asc(conversationAvailability.fromTime));
}

export const toInput = (w: Window): WindowInput => ({ date: w.onDate, from: w.fromTime, to: w.toTime });

/**
 * The round's settings with these windows, checked by the domain. Only the last window is
 * new, so only its errors can appear; they are returned per form field.
 */
export function settingsFor(round: Pick<Round, "slotSettings">, teacherId: string, windows: WindowInput[]) {
  const parsed = slotSettingsSchema.safeParse({
    ...round.slotSettings,
    availability: windows.map((w) => ({ ...w, teacherId })),
  });
  if (parsed.success) return { ok: true as const, slots: generateSlots(parsed.data) };
  const errors: Partial<Record<"date" | "from" | "to", MessageKey>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[2];
    if (field !== "date" && field !== "from" && field !== "to") continue;
    errors[field] ??= isMessageKey(issue.message) ? issue.message : "error.invalid";
  }
  if (Object.keys(errors).length === 0) errors.date = "error.invalid";
  return { ok: false as const, errors };
}
