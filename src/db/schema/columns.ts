/**
 * The columns and keys that organisation-owned tables share, written once so that every table
 * says only what is its own. `orgId()` is in organisations.ts beside the table it points at.
 * Changing one of these changes every table that uses it: `npm run db:generate` shows how.
 */
import { type BuildExtraConfigColumns, getTableColumns, getTableName, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  customType,
  foreignKey,
  index,
  type PgColumnBuilderBase,
  type PgTable,
  pgTable,
  type PgTableExtraConfigValue,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.js";

/**
 * A table whose rows belong to no organisation (the platform's own content, a person's own rows,
 * the outbox): keyed by a random `id`, first, then the table's own columns and rules.
 */
export function globalTable<TName extends string, TColumns extends Record<string, PgColumnBuilderBase>>(
  name: TName,
  columns: TColumns,
  rules: (t: BuildExtraConfigColumns<TName, { id: GlobalId } & TColumns, "pg">) => PgTableExtraConfigValue[] = () => [],
) {
  // A lambda, not `rules` itself: passed as it is, it would decide the columns' type, without `id`.
  return pgTable(name, { id: globalId(), ...columns }, (t) => rules(t));
}

const globalId = () => uuid("id").primaryKey().defaultRandom();
type GlobalId = ReturnType<typeof globalId>;

/** A row's own id, unique within its organisation (`org_id` leads every primary key). */
export const id = () => uuid("id").notNull().defaultRandom();

/** A moment in time; every timestamp in Samen keeps its time zone. */
export const at = (name: string) => timestamp(name, { withTimezone: true });

/** `(org_id, id)`: the primary key of every entity an organisation owns. */
export const orgPrimaryKey = (t: { orgId: AnyPgColumn; id: AnyPgColumn }) => primaryKey({ columns: [t.orgId, t.id] });

export const createdAt = () => at("created_at").notNull().defaultNow();

/**
 * When something happens (an event, a training session, a conversation's slot or a time proposed
 * for it): it starts and it ends. `endsAfterStart` checks the order.
 */
export const timeSpan = () => ({
  startsAt: at("starts_at").notNull(),
  endsAt: at("ends_at").notNull(),
});

/**
 * When people can take part (a measurement's questionnaire, a conversation round's booking): it
 * opens and it closes. `closesAfterOpening` checks the order.
 */
export const openWindow = () => ({
  opensAt: at("opens_at").notNull(),
  closesAt: at("closes_at").notNull(),
});

/** An `openWindow` closes after it opens, checked under the name its migration gave it. */
export function closesAfterOpening(name: string, t: { opensAt: AnyPgColumn; closesAt: AnyPgColumn }) {
  return check(name, sql`${t.closesAt} > ${t.opensAt}`);
}

/** A `timeSpan` ends after it starts: `<table>_time_check`, or the name a migration gave it. */
export function endsAfterStart(t: { startsAt: AnyPgColumn; endsAt: AnyPgColumn }, name?: string) {
  return check(name ?? `${getTableName(t.startsAt.table)}_time_check`, sql`${t.endsAt} > ${t.startsAt}`);
}

/** A person's account that the row outlives: who did something, or whose it was (set null on deletion). */
export const person = (name: string) => uuid(name).references(() => users.id, { onDelete: "set null" });

/**
 * The person whose row it is (their membership, sign-up, read or own text): never empty, and the
 * row goes when their account does. Compare `person`, which the row outlives.
 */
export const owner = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });

/** Who decided on what someone proposed or sent in (approved or declined it), and when; null while it waits. */
export const decision = () => ({
  decidedBy: person("decided_by"),
  decidedAt: at("decided_at"),
});

/** Who changed a row last, and when: a setting or a text that is edited in place, not versioned. */
export const lastChange = () => ({
  updatedBy: person("updated_by"),
  updatedAt: at("updated_at").notNull().defaultNow(),
});

/**
 * A foreign key that stays inside one organisation: `(org_id, column)` points at the parent's
 * `(org_id, id)`, so a row can never point into another school. Without a name, drizzle's
 * generated one stays (the earlier migrations carry it).
 */
export function orgForeignKey(
  columns: [orgId: AnyPgColumn, column: AnyPgColumn],
  parent: { orgId: AnyPgColumn; id: AnyPgColumn },
  name?: string,
) {
  const foreignColumns: [AnyPgColumn, AnyPgColumn] = [parent.orgId, parent.id];
  return foreignKey(name === undefined ? { columns, foreignColumns } : { name, columns, foreignColumns });
}

/**
 * A row that belongs to another row of its organisation and goes with it: `(org_id, column)` →
 * the parent's `(org_id, id)`, on delete cascade, named `<table>_<column without _id>_fk` as the
 * migrations named it.
 */
export function belongsTo(parent: { orgId: AnyPgColumn; id: AnyPgColumn }, column: AnyPgColumn) {
  const table = getTableName(column.table);
  const orgId = getTableColumns(column.table)["orgId"];
  if (orgId === undefined) throw new Error(`${table} has no org_id`);
  const name = `${table}_${column.name.replace(/_id$/, "")}_fk`;
  return orgForeignKey([orgId, column], parent, name).onDelete("cascade");
}

/**
 * A row that belongs to a part of another row (a part has no id of its own, `partsOf` keys it by
 * `org_id` and its parent's column): `(org_id, column)` → the part's `(org_id, column)`, the
 * column of the same name, on delete cascade, named `<table>_<label>_fk` as the migrations named it.
 */
export function belongsToPart(part: PgTable, column: AnyPgColumn, label: string) {
  const table = getTableName(column.table);
  const { orgId } = getTableColumns(column.table);
  const { orgId: partOrgId, ...partColumns } = getTableColumns(part);
  const partColumn = Object.values(partColumns).find((c) => c.name === column.name);
  if (orgId === undefined || partOrgId === undefined || partColumn === undefined) {
    throw new Error(`${table} and ${getTableName(part)} do not share org_id and ${column.name}`);
  }
  return foreignKey({
    name: `${table}_${label}_fk`,
    columns: [orgId, column],
    foreignColumns: [partOrgId, partColumn],
  }).onDelete("cascade");
}

/**
 * How long a text may be: `min` (1: never empty; 0: may be empty) to `max` characters, checked by
 * the database as `<table>_<column>_check`.
 */
export function lengthCheck(column: AnyPgColumn, min: 0 | 1, max: number) {
  const name = `${getTableName(column.table)}_${column.name}_check`;
  const most = sql.raw(String(max));
  return check(name, min === 0 ? sql`length(${column}) <= ${most}` : sql`length(${column}) between 1 and ${most}`);
}

/** Bytes (an uploaded file). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  // node-postgres sends a Buffer as bytea; a plain Uint8Array it would turn into text.
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});

/**
 * A parent's response that the school answers (the expectations, the plan): the author's text,
 * and the answer with who gave it. The response goes with the author's account.
 */
export const answeredResponse = () => ({
  authorId: owner("author_id"),
  body: text("body").notNull(),
  createdAt: createdAt(),
  ...schoolAnswer(),
});

/**
 * What an audit entry records after who did it (an organisation's `audit_log`, the platform's
 * `platform_audit_log`): the action, on which entity, a short detail, and when.
 */
export const auditEntry = () => ({
  action: text("action").notNull(),
  entity: text("entity").notNull(),
  entityId: uuid("entity_id"),
  detail: text("detail"),
  // The clock, not the transaction's start: the entries one transaction writes (a measurement
  // made and opened) keep their order in the log and its pages, which sort by (at, id); where
  // the clock ticks coarsely (PGlite: milliseconds), the time-ordered ids (orderedId) keep it.
  at: at("at")
    .notNull()
    .default(sql`clock_timestamp()`),
});

/** The school's answer to what a parent wrote: its text, and who gave it when. */
export const schoolAnswer = () => ({
  answer: text("answer"),
  answeredBy: person("answered_by"),
  answeredAt: at("answered_at"),
});

/**
 * What someone wrote that a moderator can hide, with the reason its writer is shown: when, by whom
 * and why. `hiddenCheck` keeps a hidden row's reason.
 */
export const hideable = () => ({
  hiddenAt: at("hidden_at"),
  hiddenBy: person("hidden_by"),
  hiddenReason: text("hidden_reason"),
});

/** A `hideable` row is hidden exactly when it has a reason. */
export const hiddenCheck = (t: { hiddenAt: AnyPgColumn; hiddenReason: AnyPgColumn }) =>
  check(`${getTableName(t.hiddenAt.table)}_hidden_check`, sql`(${t.hiddenAt} is null) = (${t.hiddenReason} is null)`);

/**
 * How posts under a parent (replies, reactions, messages) are read: in order under their parent,
 * and by their writer (a person's export).
 */
export function postIndexes(
  parent: AnyPgColumn,
  t: { orgId: AnyPgColumn; authorId: AnyPgColumn; createdAt: AnyPgColumn },
) {
  const table = getTableName(parent.table);
  return [
    index(`${table}_${parent.name.replace(/_id$/, "")}_idx`).on(t.orgId, parent, t.createdAt),
    index(`${table}_author_idx`).on(t.authorId),
  ];
}

/** The index and check every `answeredResponse` table has: a person's responses found fast, a body of 1–1000. */
export const answeredResponseRules = (table: string, t: { authorId: AnyPgColumn; body: AnyPgColumn }) => [
  index(`${table}_author_idx`).on(t.authorId),
  lengthCheck(t.body, 1, 1000),
];
