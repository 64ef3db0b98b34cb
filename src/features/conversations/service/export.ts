/**
 * A person's conversations in one organisation, for their data export. As a parent (through the
 * guardian records that are them): their bookings, the answers they wrote in a preparation, their
 * remarks on the agreements, their yes and no for slots (fair allocation), their requests for
 * another time and the conversations they asked for. As a teacher: their availability and their
 * private notes. Runs in the caller's transaction (the organisation's row-level security applies;
 * private notes are readable by their writer only).
 */
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { ofOrg } from "../../../db/of-org.js";
import { onKey } from "../../../db/on-key.js";
import {
  conversationAgreementRemarks,
  conversationAvailability,
  conversationBookings,
  conversationOtherTimes,
  conversationPreferences,
  conversationPreparations,
  conversationPrivateNotes,
  conversationRequests,
  conversationRounds,
  conversationSlots,
} from "../../../db/schema/index.js";
import { guardianIdsOfUser } from "../../pupils/index.js";
import { rowsOfPerson } from "../../account/index.js";
import { slotOfBooking, slotOfPreference } from "./joins.js";

const roundOf = (table: { orgId: AnyPgColumn; roundId: AnyPgColumn }) =>
  onKey(conversationRounds, table.orgId, table.roundId);

export async function conversationsOfPerson(tx: Tx, orgId: string, userId: string) {
  const person = { orgId, userId };
  const guardianIds = await guardianIdsOfUser(tx, orgId, userId);
  // No guardian record: nothing of theirs as a parent (inArray needs at least one value).
  const asGuardian = async <T>(column: AnyPgColumn, query: (mine: SQL) => Promise<T[]>): Promise<T[]> =>
    guardianIds.length ? query(inArray(column, guardianIds)) : [];
  return {
    bookings: await asGuardian(conversationBookings.guardianId, (mine) =>
      tx
        .select({
          id: conversationBookings.id,
          round: conversationRounds.name,
          pupilId: conversationBookings.pupilId,
          startsAt: conversationSlots.startsAt,
          endsAt: conversationSlots.endsAt,
          bookedAt: conversationBookings.createdAt,
        })
        .from(conversationBookings)
        .innerJoin(conversationRounds, roundOf(conversationBookings))
        .innerJoin(conversationSlots, slotOfBooking)
        .where(and(eq(conversationBookings.orgId, orgId), mine))
        .orderBy(asc(conversationSlots.startsAt), asc(conversationSlots.id)),
    ),
    preparations: await rowsOfPerson(tx, person, conversationPreparations, {
      by: "updatedBy",
      columns: ["bookingId", "voice", "guideVersion", "answers", "filledIn", "updatedAt"],
      order: "updatedAt",
    }),
    agreementRemarks: await asGuardian(conversationAgreementRemarks.guardianId, (mine) =>
      tx
        .select({
          bookingId: conversationAgreementRemarks.bookingId,
          remark: conversationAgreementRemarks.remark,
          updatedAt: conversationAgreementRemarks.updatedAt,
        })
        .from(conversationAgreementRemarks)
        .where(and(eq(conversationAgreementRemarks.orgId, orgId), mine)),
    ),
    slotPreferences: await asGuardian(conversationPreferences.guardianId, (mine) =>
      tx
        .select({
          round: conversationRounds.name,
          pupilId: conversationPreferences.pupilId,
          startsAt: conversationSlots.startsAt,
          answer: conversationPreferences.answer,
        })
        .from(conversationPreferences)
        .innerJoin(conversationRounds, roundOf(conversationPreferences))
        .innerJoin(conversationSlots, slotOfPreference)
        .where(and(eq(conversationPreferences.orgId, orgId), mine))
        .orderBy(asc(conversationSlots.startsAt), asc(conversationSlots.id)),
    ),
    otherTimeRequests: await asGuardian(conversationOtherTimes.guardianId, (mine) =>
      tx
        .select({
          round: conversationRounds.name,
          pupilId: conversationOtherTimes.pupilId,
          note: conversationOtherTimes.note,
          createdAt: conversationOtherTimes.createdAt,
          status: conversationOtherTimes.status,
          answer: conversationOtherTimes.answer,
          answeredStartsAt: conversationOtherTimes.answeredStartsAt,
          answeredAt: conversationOtherTimes.answeredAt,
        })
        .from(conversationOtherTimes)
        .innerJoin(conversationRounds, roundOf(conversationOtherTimes))
        .where(and(eq(conversationOtherTimes.orgId, orgId), mine))
        .orderBy(asc(conversationOtherTimes.createdAt), asc(conversationOtherTimes.id)),
    ),
    requestsAsked: await rowsOfPerson(tx, person, conversationRequests, {
      by: "askedByUser",
      columns: ["pupilId", "topic", "note", "status", "startsAt", "endsAt", "createdAt"],
      order: "createdAt",
    }),
    availability: await tx
      .select({
        round: conversationRounds.name,
        onDate: conversationAvailability.onDate,
        fromTime: conversationAvailability.fromTime,
        toTime: conversationAvailability.toTime,
      })
      .from(conversationAvailability)
      .innerJoin(conversationRounds, roundOf(conversationAvailability))
      .where(ofOrg(conversationAvailability, orgId, { teacherId: userId }))
      .orderBy(asc(conversationAvailability.onDate), asc(conversationAvailability.fromTime)),
    privateNotes: await rowsOfPerson(tx, person, conversationPrivateNotes, {
      by: "teacherId",
      columns: ["bookingId", "note", "updatedAt"],
    }),
  };
}
