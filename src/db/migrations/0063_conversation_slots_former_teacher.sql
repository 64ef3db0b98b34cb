-- A teacher who deletes their account leaves the slots and the families' bookings in them: the slot
-- loses its teacher (set null, shown as a former teacher) instead of being deleted, which the
-- bookings' foreign key refused (a 500). The school moves or cancels them; kept with the round.
ALTER TABLE "conversation_slots" DROP CONSTRAINT "conversation_slots_teacher_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "conversation_slots" ALTER COLUMN "teacher_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "conversation_slots" ADD CONSTRAINT "conversation_slots_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- The booking read (migration 0051) as it was, but a booking whose teacher left is still read
-- (teacherId and teacherName null): otherwise the family's page showed the child unbooked.
CREATE OR REPLACE FUNCTION app_booking_read(p_org_id uuid, p_round_id uuid, p_group_ids uuid[], p_teacher_ids uuid[],
  p_slot_ids uuid[], p_pupil_ids uuid[]) RETURNS json
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan SET enable_seqscan = off AS $$
BEGIN
  RETURN (SELECT json_build_object('round', row_to_json(r),
    -- Which of the family's groups take part in the round.
    'roundGroups', (SELECT coalesce(json_agg(g.group_id), '[]'::json) FROM conversation_round_groups g
      WHERE g.org_id = r.org_id AND g.round_id = r.id AND g.group_id = any(p_group_ids)),
    -- Which of the family's teachers have slots in it.
    'roundTeachers', (SELECT coalesce(json_agg(t.id), '[]'::json) FROM unnest(p_teacher_ids) AS t(id)
      WHERE exists (SELECT 1 FROM conversation_slots s WHERE s.org_id = r.org_id AND s.round_id = r.id AND s.teacher_id = t.id)),
    -- The slots asked for, with their teacher, whom the confirmation names.
    'askedSlots', (SELECT coalesce(json_agg(json_build_object('id', s.id, 'teacherId', s.teacher_id,
        'teacherName', u.name, 'startsAt', s.starts_at, 'endsAt', s.ends_at)), '[]'::json)
      FROM conversation_slots s JOIN users u ON u.id = s.teacher_id
      WHERE s.org_id = r.org_id AND s.round_id = r.id AND s.id = any(p_slot_ids)),
    -- The round's bookings on those slots or of the children (shared or separate), with slot and teacher.
    'readBookings', (SELECT coalesce(json_agg(json_build_object('id', b.id, 'slotId', b.slot_id, 'pupilId', b.pupil_id,
        'guardianId', b.guardian_id, 'teacherId', s.teacher_id, 'teacherName', u.name,
        'startsAt', s.starts_at, 'endsAt', s.ends_at)), '[]'::json)
      FROM (SELECT k.id FROM unnest(p_slot_ids) AS a(id),
              LATERAL (SELECT b.id FROM conversation_bookings b WHERE b.org_id = r.org_id AND b.slot_id = a.id OFFSET 0) AS k
            UNION
            SELECT k.id FROM unnest(p_pupil_ids) AS p(id),
              LATERAL (SELECT b.id FROM conversation_bookings b
                  WHERE b.org_id = r.org_id AND b.round_id = r.id AND b.pupil_id = p.id AND NOT b.separate
                UNION ALL
                SELECT b.id FROM conversation_bookings b
                  WHERE b.org_id = r.org_id AND b.round_id = r.id AND b.pupil_id = p.id AND b.separate OFFSET 0) AS k
           ) AS found
      JOIN LATERAL (SELECT * FROM conversation_bookings b WHERE b.org_id = r.org_id AND b.id = found.id OFFSET 0) AS b
        ON b.round_id = r.id
      JOIN LATERAL (SELECT * FROM conversation_slots s WHERE s.org_id = b.org_id AND s.id = b.slot_id OFFSET 0) AS s ON true
      LEFT JOIN users u ON u.id = s.teacher_id),
    -- The free slots of the family's teachers, by start: a refusal's page shows them. Each slot
    -- probes the bookings' unique index on its own.
    'freeSlots', (SELECT coalesce(json_agg(json_build_object('id', s.id, 'teacherId', s.teacher_id,
        'teacherName', (SELECT u.name FROM users u WHERE u.id = s.teacher_id),
        'startsAt', s.starts_at, 'endsAt', s.ends_at) ORDER BY s.starts_at, s.id), '[]'::json)
      FROM conversation_slots s
      WHERE s.org_id = r.org_id AND s.round_id = r.id AND s.teacher_id = any(p_teacher_ids)
        AND NOT exists (SELECT 1 FROM conversation_bookings b WHERE b.org_id = s.org_id AND b.slot_id = s.id OFFSET 0)),
    -- The school's name, which signs a booking's confirmation.
    'schoolName', (SELECT o.name FROM organisations o WHERE o.id = r.org_id))
  FROM conversation_rounds r WHERE r.org_id = p_org_id AND r.id = p_round_id);
END
$$;
