/**
 * An advisor's notes (docs/trajectory.md, "Advisor notes"): about an organisation, or about one
 * of its trajectory sessions. They are the advisor's own: row-level security (migration 0033)
 * lets only their writer read and change them, and the organisation's people read a note only once
 * the advisor marks it shared. A note hangs off the advisor's membership of the organisation
 * (`(org_id, advisor_id, advisor_role)` → memberships), so when the organisation ends the
 * invitation, or the account is deleted, the notes go with it.
 *
 * Personal data: the writer, and free text about a school (which may name people). Kept while the
 * advisor guides the organisation; deleted with the membership, the session or the organisation.
 * The writer's export includes them.
 */
import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, text, uuid } from "drizzle-orm/pg-core";
import { at, belongsTo, createdAt, lengthCheck } from "./columns.js";
import { memberships, orgTable, staffRole } from "./organisations.js";
import { trajectorySessions } from "./trajectories.js";

export const ADVISOR_NOTE_MAX = 4000;

export const advisorNotes = orgTable(
  "advisor_notes",
  {
    advisorId: uuid("advisor_id").notNull(),
    /** Always 'advisor': part of the key to the membership the note lives by. */
    advisorRole: staffRole("advisor_role").notNull().default("advisor"),
    /** Null: about the organisation as a whole. */
    sessionId: uuid("session_id"),
    body: text("body").notNull(),
    shared: boolean("shared").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "advisor_notes_membership_fk",
      columns: [t.orgId, t.advisorId, t.advisorRole],
      foreignColumns: [memberships.orgId, memberships.userId, memberships.role],
    }).onDelete("cascade"),
    belongsTo(trajectorySessions, t.sessionId),
    index("advisor_notes_org_idx").on(t.orgId, t.advisorId),
    check("advisor_notes_role_check", sql`${t.advisorRole} = 'advisor'`),
    lengthCheck(t.body, 1, ADVISOR_NOTE_MAX),
  ],
);
