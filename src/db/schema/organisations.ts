/**
 * Organisations and everything they own. Every organisation-owned table has
 * org_id as the first column of its primary key and of every foreign key, so a
 * row can never point into another organisation and the data could later be
 * distributed by org_id (docs/architecture.md). Row-level security on these
 * tables is added in the migrations (see src/db/rls.sql).
 */
import { type BuildExtraConfigColumns, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  date,
  foreignKey,
  index,
  type PgColumnBuilderBase,
  pgEnum,
  pgTable,
  type PgTableExtraConfigValue,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { at, auditEntry, createdAt, id, orgForeignKey, orgPrimaryKey, owner, person } from "./columns.js";

export const organisationType = pgEnum("organisation_type", [
  "primary",
  "secondary",
  "special",
  "preschool",
  "daycare",
]);

export const staffRole = pgEnum("staff_role", [
  "school_leader",
  "coordinator",
  "teacher",
  "mentor",
  "office",
  "advisor",
]);

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    type: organisationType("type").notNull(),
    name: text("name").notNull(),
    /** BRIN code or another registration code (LRK for daycare). */
    registrationCode: text("registration_code"),
    requireSecondFactor: boolean("require_second_factor").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("organisations_registration_code_key").on(t.registrationCode)],
);

/** The organisation a row belongs to; its rows go when it goes. */
export const orgId = () =>
  uuid("org_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" });

/** The columns an organisation's entity starts with: whose it is, and its own id (key: `orgPrimaryKey`). */
export const orgEntity = () => ({ orgId: orgId(), id: id() });

type OrgEntityColumns = ReturnType<typeof orgEntity>;

/**
 * An entity an organisation owns: `org_id` and `id` first, keyed by `(org_id, id)`, then the
 * table's own columns and rules. Row-level security is the migration's part (src/db/rls.sql).
 */
export function orgTable<TName extends string, TColumns extends Record<string, PgColumnBuilderBase>>(
  name: TName,
  columns: TColumns,
  rules: (t: BuildExtraConfigColumns<TName, OrgEntityColumns & TColumns, "pg">) => PgTableExtraConfigValue[] = () => [],
) {
  return pgTable(name, { ...orgEntity(), ...columns }, (t) => [orgPrimaryKey(t), ...rules(t)]);
}

export const locations = orgTable("locations", {
  name: text("name").notNull(),
  address: text("address"),
  createdAt: createdAt(),
});

export const schoolYears = orgTable(
  "school_years",
  {
    /** e.g. "2026-2027" */
    name: text("name").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    archivedAt: at("archived_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("school_years_name_key").on(t.orgId, t.name)],
);

export const groups = orgTable(
  "groups",
  {
    schoolYearId: uuid("school_year_id").notNull(),
    locationId: uuid("location_id"),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    orgForeignKey([t.orgId, t.schoolYearId], schoolYears).onDelete("cascade"),
    orgForeignKey([t.orgId, t.locationId], locations),
    uniqueIndex("groups_name_key").on(t.orgId, t.schoolYearId, t.name),
  ],
);

export const pupils = orgTable(
  "pupils",
  {
    pupilNumber: text("pupil_number"),
    firstName: text("first_name").notNull(),
    surnamePrefix: text("surname_prefix"),
    surname: text("surname").notNull(),
    dateOfBirth: date("date_of_birth"),
    groupId: uuid("group_id"),
    archivedAt: at("archived_at"),
    createdAt: createdAt(),
  },
  (t) => [
    orgForeignKey([t.orgId, t.groupId], groups).onDelete("set null"),
    uniqueIndex("pupils_number_key").on(t.orgId, t.pupilNumber),
    index("pupils_group_idx").on(t.orgId, t.groupId),
  ],
);

export const guardians = orgTable(
  "guardians",
  {
    /** The account this guardian signs in with; null for a guardian without e-mail. */
    userId: person("user_id"),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("guardians_email_key").on(t.orgId, sql`lower(${t.email})`),
    index("guardians_user_idx").on(t.userId),
  ],
);

/**
 * A child and one of their guardians: the pair itself in `pupil_guardians`, and every row about
 * such a pair, which `guardianOfPupilKey` keeps to a pair that exists.
 */
export const guardianOfPupil = () => ({
  pupilId: uuid("pupil_id").notNull(),
  guardianId: uuid("guardian_id").notNull(),
});

export const pupilGuardians = pgTable(
  "pupil_guardians",
  {
    orgId: orgId(),
    ...guardianOfPupil(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.pupilId, t.guardianId] }),
    // A parent's own children: looked up on every page a parent opens.
    index("pupil_guardians_guardian_idx").on(t.orgId, t.guardianId),
    orgForeignKey([t.orgId, t.pupilId], pupils).onDelete("cascade"),
    orgForeignKey([t.orgId, t.guardianId], guardians).onDelete("cascade"),
  ],
);

/**
 * A row about a child and one of their guardians: the pair must be in `pupil_guardians`, so
 * it goes when the guardian stops being the child's guardian (the caller says on delete).
 */
export const guardianOfPupilKey = (
  name: string,
  t: { orgId: AnyPgColumn; pupilId: AnyPgColumn; guardianId: AnyPgColumn },
) =>
  foreignKey({
    name,
    columns: [t.orgId, t.pupilId, t.guardianId],
    foreignColumns: [pupilGuardians.orgId, pupilGuardians.pupilId, pupilGuardians.guardianId],
  });

/** Staff and advisors of an organisation; one row per role held. */
export const memberships = pgTable(
  "memberships",
  {
    orgId: orgId(),
    userId: owner("user_id"),
    role: staffRole("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId, t.role] }), index("memberships_user_idx").on(t.userId)],
);

/**
 * An invitation to someone who has no place in the organisation yet (their account made for it when
 * the address was new): the roles wait until they accept (then it becomes memberships and goes), decline or let it
 * expire (30 days). The organisation sees the name its inviter typed, never the account's own.
 */
export const staffInvitations = orgTable(
  "staff_invitations",
  {
    userId: owner("user_id"),
    roles: staffRole("roles").array().notNull(),
    /** The name the inviter typed, which is all the organisation knows of the person until they accept. */
    name: text("name").notNull(),
    email: text("email").notNull(),
    invitedBy: person("invited_by"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("staff_invitations_user_key").on(t.orgId, t.userId),
    index("staff_invitations_user_idx").on(t.userId),
  ],
);

/** Which staff members teach or mentor which group. */
export const groupStaff = pgTable(
  "group_staff",
  {
    orgId: orgId(),
    groupId: uuid("group_id").notNull(),
    userId: owner("user_id"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.groupId, t.userId] }),
    orgForeignKey([t.orgId, t.groupId], groups).onDelete("cascade"),
  ],
);

/**
 * Who viewed or changed pupils' and guardians' data. Append-only. The leader's page reads it newest
 * first from an entry (at, id), all of it or one person's or one kind's: an index for each, so a
 * page far back or of someone who rarely acts reads its fifty entries and no more.
 */
export const auditLog = orgTable(
  "audit_log",
  {
    userId: uuid("user_id"),
    ...auditEntry(),
  },
  (t) => [
    index("audit_log_org_at_id_idx").on(t.orgId, t.at, t.id),
    index("audit_log_org_user_at_id_idx").on(t.orgId, t.userId, t.at, t.id),
    index("audit_log_org_entity_at_id_idx").on(t.orgId, t.entity, t.at, t.id),
  ],
);
