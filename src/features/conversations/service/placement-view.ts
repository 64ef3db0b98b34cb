/** What a teacher's placement pages show: the children still without a time, their own free times, a booking to change. */
import { freeSlotsOf } from "./free-slots.js";
import { loadNotices } from "./notices.js";
import { notBookedOf, type PupilRow } from "./not-booked.js";
import { ownBooking } from "./placement-changes.js";
import type { StaffBookingScope } from "./placement.js";
import type { FreeSlot } from "./refusals.js";
import { roundGroupsFor } from "./round-groups.js";
import { staffRound } from "./rounds.js";
import { inOrg } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";

type ViewScope = Omit<StaffBookingScope, "messenger">;

export interface PlacementChoices {
  round: Round;
  children: PupilRow[];
  slots: FreeSlot[];
}

/** The children of the teacher's groups without a booking, and the teacher's free times still ahead. */
export function placementChoices(scope: ViewScope): Promise<PlacementChoices> {
  return inOrg(scope, async (tx) => {
    const round = await staffRound(tx, scope, scope.roundId);
    const { own } = await roundGroupsFor(tx, scope, round);
    const slots = await freeSlotsOf(tx, scope.orgId, round.id, [scope.userId]);
    return {
      round,
      children: await notBookedOf(tx, round, own),
      slots: slots.filter((s) => s.startsAt > scope.now),
    };
  });
}

export interface ManagedBooking {
  round: Round;
  bookingId: string;
  pupilName: string;
  startsAt: Date;
  endsAt: Date;
  slots: FreeSlot[];
}

/** A booking at one of the teacher's times, with the free times it can move to; null for another teacher's. */
export function bookingToManage(scope: ViewScope & { bookingId: string }): Promise<ManagedBooking | null> {
  return inOrg(scope, async (tx) => {
    const found = await ownBooking(tx, scope);
    if ("ok" in found) return null;
    const [notice] = await loadNotices(tx, scope.orgId, [found.booking.id]);
    if (!notice) return null;
    const slots = await freeSlotsOf(tx, scope.orgId, found.round.id, [scope.userId]);
    return {
      round: found.round,
      bookingId: found.booking.id,
      pupilName: notice.pupilName,
      startsAt: notice.startsAt,
      endsAt: notice.endsAt,
      slots: slots.filter((s) => s.startsAt > scope.now),
    };
  });
}
