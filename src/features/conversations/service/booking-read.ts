/**
 * What a parent's booking checks read, in one round trip: the round, which of the family's
 * groups take part in it and which of their teachers have slots in it, the slots asked for (with
 * their teacher, whom the confirmation names), the round's bookings that hold those slots or
 * concern the family's children (with each booking's slot and teacher), the free slots of the
 * family's teachers, which a refused booking's page shows (most posts when a school books at
 * once), and the school's name for a booking's confirmation. The rules, the family clash and, for
 * a refusal, the children's bookings and free times on the page are all taken from it.
 */
import { getTableColumns, sql } from "drizzle-orm";
import { preparedStatement, type Tx } from "../../../db/client.js";
import { conversationRounds } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import type { Round } from "./find-round.js";
import { childrenInRound, familyQuestion, type Present, type RoundChild } from "./family.js";
import { childrenWithTeachersOfGuardian } from "../../pupils/index.js";
import type { FreeSlot } from "./refusals.js";

/** A slot of the round that a request asked for. */
export interface AskedSlot {
  id: string;
  teacherId: string;
  teacherName: string;
  startsAt: Date;
  endsAt: Date;
}

/** A booking of the round on one of the slots asked for, or of one of the family's children. */
export interface ReadBooking {
  id: string;
  slotId: string;
  pupilId: string;
  guardianId: string;
  /** Both null for a teacher who deleted their account (teacherLabel). */
  teacherId: string | null;
  teacherName: string | null;
  startsAt: Date;
  endsAt: Date;
}

export interface BookingRead {
  round: Round;
  /** Of the groups and teachers asked about, those in the round (family.ts: childrenInRound). */
  present: Present;
  slots: AskedSlot[];
  bookings: ReadBooking[];
  /** The free slots of the teachers asked about, by start: a refusal's page shows them. */
  free: FreeSlot[];
  /** The school's name, which signs a booking's confirmation. */
  schoolName: string;
}

type Timed<T> = Omit<T, "startsAt" | "endsAt"> & { startsAt: string; endsAt: string };

/** What app_booking_read returns (migration 0051); null when the school has no such round. */
interface ReadJson {
  round: Record<string, unknown>;
  roundGroups: string[];
  roundTeachers: string[];
  askedSlots: Timed<AskedSlot>[];
  readBookings: Timed<ReadBooking>[];
  freeSlots: Timed<FreeSlot>[];
  schoolName: string | null;
}

const roundColumns = Object.entries(getTableColumns(conversationRounds));

/**
 * The read is a database function (app_booking_read, migration 0051, which says why): its plan
 * is made once per connection, where this statement as SQL was planned again at every call and
 * the planning cost three times the running.
 */
const read = preparedStatement<{ read: ReadJson | null }>(
  "booking_read",
  () => sql`select app_booking_read(${sql.placeholder("orgId")}, ${sql.placeholder("roundId")},
    ${sql.placeholder("groupIds")}::uuid[], ${sql.placeholder("teacherIds")}::uuid[],
    ${sql.placeholder("slotIds")}::uuid[], ${sql.placeholder("pupilIds")}::uuid[]) as read`,
);

/** The round's row (its columns by name, as JSON) as drizzle would map it: dates, the settings. */
function roundOf(row: Record<string, unknown>): Round {
  const entries = roundColumns.map(([key, column]) => {
    const value = row[column.name];
    return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
  });
  return Object.fromEntries(entries) as Round;
}

const timed = <T>(item: Timed<T>) =>
  ({ ...item, startsAt: new Date(item.startsAt), endsAt: new Date(item.endsAt) }) as T;

/**
 * The round (or 404), which of these groups and teachers are in it, the slots asked for, and the
 * bookings on them or of these pupils.
 */
export async function readForBooking(
  tx: Tx,
  options: {
    orgId: string;
    roundId: string;
    groupIds: string[];
    teacherIds: string[];
    slotIds: string[];
    pupilIds: string[];
  },
): Promise<BookingRead> {
  const [row] = await read(tx, options);
  const found = row?.read;
  if (!found) throw new NotFoundError("round");
  return {
    round: roundOf(found.round),
    present: { groups: new Set(found.roundGroups), teachers: new Set(found.roundTeachers) },
    slots: found.askedSlots.map(timed),
    bookings: found.readBookings.map(timed),
    free: found.freeSlots.map(timed),
    schoolName: found.schoolName ?? "",
  };
}

/**
 * What the booking page and a booking both start from, in two statements: the parent's family,
 * then the booking read for it (and for the slots and children asked for), with the family's
 * children in the round.
 */
export async function readFamilyInRound(
  tx: Tx,
  options: { orgId: string; userId: string; roundId: string; requests: readonly { pupilId: string; slotId: string }[] },
): Promise<{ read: BookingRead; children: RoundChild[] }> {
  const { orgId, roundId, requests } = options;
  const family = await childrenWithTeachersOfGuardian(tx, orgId, options.userId);
  const read = await readForBooking(tx, {
    orgId,
    roundId,
    ...familyQuestion(family),
    slotIds: requests.map((r) => r.slotId),
    pupilIds: [...new Set([...family.map((c) => c.pupilId), ...requests.map((r) => r.pupilId)])],
  });
  return { read, children: childrenInRound(family, read.present) };
}
