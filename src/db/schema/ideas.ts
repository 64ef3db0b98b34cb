/**
 * The idea board of a trajectory (docs/ideas.md): parents and staff post ideas tagged with a
 * domain, support them (one support per person, the primary key decides) and react; the school
 * leader and coordinator hide an idea with a reason its author sees, merge a duplicate into
 * another (its supports move along, each person counted once) and say what became of it.
 *
 * Personal data: who posted, supported or reacted, and what they wrote. An author signs with
 * their name or as a parent of one of their children's groups (`signedGroupId`, chosen from the
 * school directory, never typed). Kept with the trajectory while the organisation exists;
 * deleting the trajectory or the organisation deletes it all; deleting a person's account
 * deletes their ideas, supports and reactions. A person's export includes their ideas and
 * reactions (`ideasOfPerson`, src/features/ideas/index.ts).
 */
import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, index, pgEnum, text, uuid } from "drizzle-orm/pg-core";
import {
  at,
  belongsTo,
  createdAt,
  hiddenCheck,
  hideable,
  lengthCheck,
  orgForeignKey,
  owner,
  person,
  postIndexes,
} from "./columns.js";
import { groups, orgTable } from "./organisations.js";
import { trajectories, trajectoryId } from "./trajectories.js";
import { personMarks } from "./links.js";

/** What became of an idea: staff set it; `notNow` always carries a note. */
export const ideaStatus = pgEnum("idea_status", ["new", "takenUp", "done", "notNow"]);

/** Signing as "a parent of group N": a group of the author's children when they posted. */
const signedGroup = (table: string, t: { orgId: AnyPgColumn; signedGroupId: AnyPgColumn }) =>
  // Groups are archived, never deleted.
  orgForeignKey([t.orgId, t.signedGroupId], groups, `${table}_signed_group_fk`);

export const ideas = orgTable(
  "ideas",
  {
    trajectoryId: trajectoryId(),
    authorId: owner("author_id"),
    signedGroupId: uuid("signed_group_id"),
    /** One of the six domains of the measurement (vision, behaviour, …). */
    domain: text("domain").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
    editedAt: at("edited_at"),
    status: ideaStatus("status").notNull().default("new"),
    statusNote: text("status_note").notNull().default(""),
    statusBy: person("status_by"),
    ...hideable(),
    /** The idea this duplicate was merged into; its supports moved there. */
    mergedInto: uuid("merged_into"),
    mergedBy: person("merged_by"),
  },
  (t) => [
    belongsTo(trajectories, t.trajectoryId),
    belongsTo(t, t.mergedInto),
    signedGroup("ideas", t),
    index("ideas_trajectory_idx").on(t.orgId, t.trajectoryId),
    index("ideas_author_idx").on(t.authorId),
    lengthCheck(t.body, 1, 1000),
    check(
      "ideas_domain_check",
      sql`${t.domain} in ('vision', 'behaviour', 'involvement', 'learning', 'conversations', 'information')`,
    ),
    hiddenCheck(t),
    check("ideas_not_now_check", sql`${t.status} <> 'notNow' or length(${t.statusNote}) > 0`),
    check("ideas_merged_check", sql`${t.mergedInto} is null or ${t.mergedInto} <> ${t.id}`),
  ],
);

/** One support per person per idea: the primary key has the last word, also between two racing requests. */
export const ideaSupports = personMarks("idea_supports", { ideaId: uuid("idea_id").notNull() }, ideas, {
  createdAt: createdAt(),
});

/** A reaction under an idea, signed like an idea. */
export const ideaReactions = orgTable(
  "idea_reactions",
  {
    ideaId: uuid("idea_id").notNull(),
    authorId: owner("author_id"),
    signedGroupId: uuid("signed_group_id"),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    belongsTo(ideas, t.ideaId),
    signedGroup("idea_reactions", t),
    ...postIndexes(t.ideaId, t),
    lengthCheck(t.body, 1, 1000),
  ],
);
