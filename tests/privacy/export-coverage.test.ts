/**
 * The personal data export grows with the schema: every column of the live schema that points at
 * a person (a foreign key to users, guardians, a guardian of a pupil, a membership or a panel
 * member, or a uuid named like one) is either covered by a part of the export (`covers` of a
 * personalData or accountData source, src/features/account/personal-data.ts) or listed below with
 * the reason it is left out. A new table that forgets fails here, and docs/privacy.md must name it.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../src/db/client.js";
import { exportedColumns } from "../../src/features/account/index.js";
import "../../src/features/index.js";
import { useTestDatabase } from "../helpers/database.js";

const STAFF_ACT =
  "who did this in their role at the school (decided, answered, hid, published, recorded): the school's record of its own work, not the person's data; deleting the account keeps the record without the name";
const PLATFORM_ACT =
  "a platform administrator's or editor's act in that role (criteria, campaign, panel surveys); deleting the account keeps the record without the name";
const SECRET =
  "a hash that only recognises a sign-in link or session for minutes or hours; there is nothing to show, and it goes with the account";
const PANEL =
  "panel members have no account: the panel's own download (JSON, CSV) at /panel/mijn-gegevens holds what is theirs";

/** Columns naming a person that the export leaves out on purpose, each with its reason. */
const deliberateExceptions: Readonly<Record<string, string>> = {
  "sessions.user_id": SECRET,
  "sign_in_tokens.user_id": SECRET,
  "panel_invitations.member_id": PANEL,
  "panel_tokens.member_id": PANEL,
  "import_uploads.created_by":
    "a register file a leader uploads to import: pupils' and guardians' data, kept only until it is imported (a day at most)",
  "conversation_slots.teacher_id": "made from the teacher's availability, which the export holds",
  "conversation_requests.teacher_id":
    "the teacher a parent asked a conversation of: the request is the asker's, in their export",
  "staff_invitations.invited_by": STAFF_ACT,
  "trajectories.advisor_id": "the advisor the school chose for its trajectory: the school's record",
  "buddy_pairs.matched_by": STAFF_ACT,
  "calendar_items.created_by": STAFF_ACT,
  "conversation_other_times.answered_by": STAFF_ACT,
  "conversation_outcomes.recorded_by": STAFF_ACT,
  "conversation_rounds.created_by": STAFF_ACT,
  "discussion_groups.decided_by": STAFF_ACT,
  "discussion_posts.hidden_by": STAFF_ACT,
  "expectation_responses.answered_by": STAFF_ACT,
  "expectation_versions.written_by": STAFF_ACT,
  "expectations.published_by": STAFF_ACT,
  "ideas.hidden_by": STAFF_ACT,
  "ideas.merged_by": STAFF_ACT,
  "ideas.status_by": STAFF_ACT,
  "measurement_reminders.created_by": STAFF_ACT,
  "measurements.created_by": STAFF_ACT,
  "message_settings.updated_by": STAFF_ACT,
  "message_threads.closed_by": STAFF_ACT,
  "moderation_reports.resolved_by": STAFF_ACT,
  "network_requests.author_id": STAFF_ACT,
  "news_post_versions.written_by": STAFF_ACT,
  "news_posts.author_id": STAFF_ACT,
  "news_reactions.answered_by": STAFF_ACT,
  "news_reactions.hidden_by": STAFF_ACT,
  "news_suggestions.decided_by": STAFF_ACT,
  "news_translations.written_by": STAFF_ACT,
  "plan_responses.answered_by": STAFF_ACT,
  "plan_versions.changed_by": STAFF_ACT,
  "plans.published_by": STAFF_ACT,
  "school_events.created_by": STAFF_ACT,
  "trajectories.started_by": STAFF_ACT,
  "trajectories.ended_by": STAFF_ACT,
  "trajectory_skips.skipped_by": STAFF_ACT,
  "volunteer_tasks.author_id": STAFF_ACT,
  "certificates.awarded_by": STAFF_ACT,
  "certificates.revoked_by": STAFF_ACT,
  "certification_reviews.reviewed_by": STAFF_ACT,
  "certification_criteria.set_by": PLATFORM_ACT,
  "campaign_news.created_by": PLATFORM_ACT,
  "campaign_stories.decided_by": PLATFORM_ACT,
  "campaign_texts.updated_by": PLATFORM_ACT,
  "panel_surveys.created_by": PLATFORM_ACT,
  "platform_audit_log.user_id": PLATFORM_ACT,
};

const database = useTestDatabase();
let personColumns: string[];

beforeAll(async () => {
  const result = await database.db.execute(sql`
    select distinct c.relname || '.' || a.attname as name
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
      and a.atttypid = 'uuid'::regtype and a.attname not in ('org_id', 'pupil_id')
      and (
        exists (
          select 1 from pg_constraint k
          where k.conrelid = c.oid and k.contype = 'f' and a.attnum = any (k.conkey)
            and k.confrelid in ('users'::regclass, 'guardians'::regclass, 'pupil_guardians'::regclass,
                                'memberships'::regclass, 'panel_members'::regclass))
        or a.attname ~ '^(user|guardian|author|advisor|teacher|member|reporter)_id$'
        or a.attname ~ '_by(_user)?$'
      )
    order by 1`);
  personColumns = rowsOf<{ name: string }>(result).map((r) => r.name);
});

describe("the personal data export's coverage of the schema", () => {
  it("finds the columns that name a person", () => {
    expect(personColumns).toEqual(
      expect.arrayContaining(["ideas.author_id", "advisor_notes.advisor_id", "conversation_bookings.guardian_id"]),
    );
  });

  it("exports every column that names a person, or lists it with its reason", () => {
    const exported = exportedColumns();
    const forgotten = personColumns.filter((column) => !exported.has(column) && !(column in deliberateExceptions));
    expect(forgotten).toEqual([]);
  });

  it("covers and excepts only columns that exist, and none both", () => {
    const exported = exportedColumns();
    const known = new Set(personColumns);
    expect([...exported].filter((column) => !known.has(column))).toEqual([]);
    expect(Object.keys(deliberateExceptions).filter((column) => !known.has(column))).toEqual([]);
    expect(Object.keys(deliberateExceptions).filter((column) => exported.has(column))).toEqual([]);
  });

  it("is documented in docs/privacy.md for every table with such a column", () => {
    const doc = readFileSync(new URL("../../docs/privacy.md", import.meta.url), "utf8");
    const tables = [...new Set(personColumns.map((column) => column.split(".")[0]!))];
    expect(tables.filter((table) => !doc.includes(`\`${table}\``))).toEqual([]);
  });
});
