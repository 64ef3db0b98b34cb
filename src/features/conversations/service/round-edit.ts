/**
 * Staff change a round (name, slot settings, times, reminder) or delete it. The slot length
 * and breaks can only change while nobody has booked: every teacher's slots are then made
 * again from their availability. A changed reminder queues the bookings' reminders anew (the
 * old jobs find they are early and send nothing). Deleting a round cancels its conversations:
 * the guardians get a cancellation for their calendar.
 */
import { count } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationAvailability, conversationBookings, conversationRounds } from "../../../db/schema/index.js";
import { InputError } from "../../../web/input-error.js";
import type { RoundEditForm } from "../schemas.js";
import { auditRound } from "./audit.js";
import { settingsFor, toInput } from "./availability.js";
import { loadNotices, notifyBookings, type Messenger } from "./notices.js";
import { scheduleReminders } from "./reminder-schedule.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { findRound, type Round } from "./find-round.js";
import { syncTeacherSlots } from "./slot-sync.js";

type EditScope = ViewerScope & { roundId: string; messenger: Messenger };

/** Applies the form to the round; a refused change throws InputError on the field it is about. */
export async function editRound(scope: EditScope & { form: RoundEditForm }): Promise<void> {
  const { form } = scope;
  await inOrg(scope, async (tx) => {
    const round = await findRound(tx, scope.orgId, scope.roundId);
    const slotsChange = !sameSlotSettings(round.slotSettings, form.slotSettings);
    if (slotsChange) await regenerateSlots(tx, round, form.slotSettings);
    const { name, slotSettings, bufferMinutes, toleranceMinutes, opensAt, closesAt, changeDeadline, reminderHours } =
      form;
    await tx
      .update(conversationRounds)
      .set({ name, slotSettings, bufferMinutes, toleranceMinutes, opensAt, closesAt, changeDeadline, reminderHours })
      .where(ofOrg(conversationRounds, scope.orgId, { id: round.id }));
    await auditRound(tx, scope, "update", round.id, changedFields(round, form).join(", "));
    if (round.reminderHours === reminderHours) return;
    await scheduleReminders(tx, scope.messenger, await loadNotices(tx, scope.orgId, await bookingIdsOf(tx, round)));
  });
}

/** How many conversations deleting the round would cancel. */
export function bookingCount(scope: ViewerScope & { roundId: string }): Promise<{ round: Round; bookings: number }> {
  return inOrg(scope, async (tx) => {
    const round = await findRound(tx, scope.orgId, scope.roundId);
    return { round, bookings: (await bookingIdsOf(tx, round)).length };
  });
}

/** Deletes the round with everything in it; the guardians of its conversations get a cancellation. */
export async function deleteRound(scope: EditScope): Promise<void> {
  await inOrg(scope, async (tx) => {
    const round = await findRound(tx, scope.orgId, scope.roundId);
    const notices = await loadNotices(tx, scope.orgId, await bookingIdsOf(tx, round));
    await auditRound(tx, scope, "delete", round.id, `${round.name}; ${notices.length} conversations cancelled`);
    await tx.delete(conversationRounds).where(ofOrg(conversationRounds, scope.orgId, { id: round.id }));
    const cancelled = notices.map((n) => ({ ...n, sequence: n.sequence + 1 }));
    await notifyBookings(tx, scope.messenger, "cancelled", cancelled);
  });
}

async function bookingIdsOf(tx: Tx, round: Round): Promise<string[]> {
  const rows = await tx
    .select({ id: conversationBookings.id })
    .from(conversationBookings)
    .where(ofOrg(conversationBookings, round.orgId, { roundId: round.id }));
  return rows.map((r) => r.id);
}

function sameSlotSettings(a: Round["slotSettings"], b: RoundEditForm["slotSettings"]): boolean {
  return (
    a.slotMinutes === b.slotMinutes &&
    (a.breakEvery?.slots ?? 0) === (b.breakEvery?.slots ?? 0) &&
    (a.breakEvery?.minutes ?? 0) === (b.breakEvery?.minutes ?? 0)
  );
}

/** Every teacher's slots made again with the new settings; refused once anyone has booked. */
async function regenerateSlots(tx: Tx, round: Round, slotSettings: RoundEditForm["slotSettings"]): Promise<void> {
  const [booked] = await tx
    .select({ n: count() })
    .from(conversationBookings)
    .where(ofOrg(conversationBookings, round.orgId, { roundId: round.id }));
  if ((booked?.n ?? 0) > 0) throw new InputError("slotMinutes", "conversations.edit.error.slotsBooked");
  const windows = await tx
    .select()
    .from(conversationAvailability)
    .where(ofOrg(conversationAvailability, round.orgId, { roundId: round.id }));
  // In one order, as each teacher's lock is taken: two edits at once never wait on each other crosswise.
  for (const teacherId of [...new Set(windows.map((w) => w.teacherId))].sort()) {
    const own = windows.filter((w) => w.teacherId === teacherId).map(toInput);
    const settings = settingsFor({ slotSettings }, teacherId, own);
    if (!settings.ok) throw new InputError("slotMinutes", "conversations.edit.error.slotsDontFit");
    await syncTeacherSlots(tx, { orgId: round.orgId, roundId: round.id, teacherId }, settings.slots);
  }
}

/** The names of the fields the form changes, for the audit trail. */
function changedFields(round: Round, form: RoundEditForm): string[] {
  const moments = ["opensAt", "closesAt", "changeDeadline"] as const;
  const numbers = ["bufferMinutes", "toleranceMinutes", "reminderHours"] as const;
  return [
    ...(round.name === form.name ? [] : ["name"]),
    ...(sameSlotSettings(round.slotSettings, form.slotSettings) ? [] : ["slotSettings"]),
    ...moments.filter((f) => round[f].getTime() !== form[f].getTime()),
    ...numbers.filter((f) => round[f] !== form[f]),
  ];
}
