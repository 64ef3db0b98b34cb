/**
 * What a parent's booking checks read, in one round trip: the round, which of the family's
 * groups take part in it and which of their teachers have slots in it, the slots asked for (with
 * their teacher, whom the confirmation names) and
 * the round's bookings that hold those slots or concern the family's children (with each
 * booking's slot and teacher), and the free slots of the family's teachers, which a refused
 * booking's page shows (most posts when a school books at once: one round trip fewer for them,
 * a few kB more for a booking), and the school's name for a booking's confirmation. The rules, the family clash and, for a refusal, the children's
 * bookings and free times on the page are all taken from these rows. One prepared statement,
 * built once.
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
  teacherId: string;
  teacherName: string;
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
type Row = Record<string, unknown> & {
  round_groups: string[];
  round_teachers: string[];
  asked_slots: Timed<AskedSlot>[];
  read_bookings: Timed<ReadBooking>[];
  free_slots: Timed<FreeSlot>[];
  school_name: string | null;
};

const roundColumns = Object.entries(getTableColumns(conversationRounds));

/**
 * The round's columns by name, not `r.*`: a prepared statement's plan is kept per connection, and
 * a column added by a migration while a server runs would fail `r.*` ("cached plan must not
 * change result type") on every booking until its connections were replaced.
 */
const roundSelect = () => sql.raw(roundColumns.map(([, column]) => `r."${column.name}"`).join(", "));

/*
 * Two shapes below are written for the planner, each measured with EXPLAIN ANALYZE on the booking
 * bench's school (docs/benchmarks.md, booking, session 16):
 * - the bookings of the slots or of the children: "of the children" once per kind of booking
 *   (shared or separate), so that each arm matches one of the two partial unique indexes on
 *   (org_id, round_id, pupil_id …) and the three combine as a bitmap OR; as one `pupil_id = any`
 *   no index matches it and every booking of the organisation was read (0.5 → 0.1 ms);
 * - the free slots: the teacher's name looked up per slot, and "not booked" as a probe of the
 *   slot's unique index per slot (`offset 0` keeps PostgreSQL from turning it into a join that
 *   hashed every booking and every user of the organisation first: 1.4 → 0.35 ms).
 */
const read = preparedStatement<Row>(
  "booking_read",
  () => sql`
    select ${roundSelect()},
      (select coalesce(json_agg(g.group_id), '[]'::json) from conversation_round_groups g
        where g.org_id = r.org_id and g.round_id = r.id and g.group_id = any(${sql.placeholder("groupIds")}::uuid[])
      ) as round_groups,
      (select coalesce(json_agg(t.id), '[]'::json) from unnest(${sql.placeholder("teacherIds")}::uuid[]) as t(id)
        where exists (select 1 from conversation_slots s where s.org_id = r.org_id and s.round_id = r.id
          and s.teacher_id = t.id)
      ) as round_teachers,
      (select coalesce(json_agg(json_build_object('id', s.id, 'teacherId', s.teacher_id, 'teacherName', u.name,
          'startsAt', s.starts_at, 'endsAt', s.ends_at)), '[]'::json)
        from conversation_slots s
        join users u on u.id = s.teacher_id
        where s.org_id = r.org_id and s.round_id = r.id and s.id = any(${sql.placeholder("slotIds")}::uuid[])
      ) as asked_slots,
      (select coalesce(json_agg(json_build_object('id', b.id, 'slotId', b.slot_id, 'pupilId', b.pupil_id,
          'guardianId', b.guardian_id, 'teacherId', s.teacher_id, 'teacherName', u.name,
          'startsAt', s.starts_at, 'endsAt', s.ends_at)), '[]'::json)
        from conversation_bookings b
        join conversation_slots s on s.org_id = b.org_id and s.id = b.slot_id
        join users u on u.id = s.teacher_id
        where b.org_id = r.org_id and b.round_id = r.id
          and (b.slot_id = any(${sql.placeholder("slotIds")}::uuid[])
            or (not b.separate and b.pupil_id = any(${sql.placeholder("pupilIds")}::uuid[]))
            or (b.separate and b.pupil_id = any(${sql.placeholder("pupilIds")}::uuid[])))
      ) as read_bookings,
      (select coalesce(json_agg(json_build_object('id', s.id, 'teacherId', s.teacher_id,
          'teacherName', (select u.name from users u where u.id = s.teacher_id),
          'startsAt', s.starts_at, 'endsAt', s.ends_at) order by s.starts_at, s.id), '[]'::json)
        from conversation_slots s
        where s.org_id = r.org_id and s.round_id = r.id and s.teacher_id = any(${sql.placeholder("teacherIds")}::uuid[])
          and not exists (select 1 from conversation_bookings b where b.org_id = s.org_id and b.slot_id = s.id offset 0)
      ) as free_slots,
      (select o.name from organisations o where o.id = r.org_id) as school_name
    from conversation_rounds r
    where r.org_id = ${sql.placeholder("orgId")} and r.id = ${sql.placeholder("roundId")}`,
);

/** The round's row as drizzle would map it (dates, the settings' JSON). */
function roundOf(row: Row): Round {
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
  if (!row) throw new NotFoundError("round");
  return {
    round: roundOf(row),
    present: { groups: new Set(row.round_groups), teachers: new Set(row.round_teachers) },
    slots: row.asked_slots.map(timed),
    bookings: row.read_bookings.map(timed),
    free: row.free_slots.map(timed),
    schoolName: row.school_name ?? "",
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
