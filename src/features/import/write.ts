/**
 * The import's writes, many rows per statement: one statement per row would
 * make a 10,000-pupil file take minutes on the embedded database. Each column
 * travels as one array parameter (`unnest`), which PostgreSQL and PGlite parse
 * several times faster than thousands of separate parameters. Each helper
 * reports after every batch so the caller can show progress.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { rowsOf } from "../../db/client.js";
import type { PupilData } from "./rows.js";

export const BATCH_SIZE = 500;

export type BatchDone = (rows: number) => Promise<void>;

async function inBatches<T>(items: readonly T[], done: BatchDone, write: (batch: T[]) => Promise<void>) {
  for (let i = 0; i < items.length; i += BATCH_SIZE) {
    const batch = items.slice(i, i + BATCH_SIZE);
    await write(batch);
    await done(batch.length);
  }
}

/** One column of a batch as a typed array parameter. */
function column<T>(batch: readonly T[], type: "uuid" | "text" | "date", pick: (item: T) => string | null): SQL {
  return sql`${sql.param(batch.map(pick))}::${sql.raw(type)}[]`;
}

/** Creates groups in the school year; returns lowercased name → id. */
export async function insertGroups(tx: Tx, orgId: string, schoolYearId: string, names: string[], done: BatchDone) {
  const ids = new Map<string, string>();
  await inBatches(names, done, async (batch) => {
    const result = await tx.execute(sql`
      insert into groups (org_id, school_year_id, name)
      select ${orgId}::uuid, ${schoolYearId}::uuid, name from unnest(${column(batch, "text", (n) => n)}) as v(name)
      returning id, name`);
    for (const row of rowsOf<{ id: string; name: string }>(result)) ids.set(row.name.toLowerCase(), row.id);
  });
  return ids;
}

export interface PupilWrite {
  pupil: PupilData;
  groupId: string;
}

function pupilColumns(batch: readonly PupilWrite[]): SQL {
  return sql.join(
    [
      column(batch, "text", (w) => w.pupil.firstName),
      column(batch, "text", (w) => w.pupil.surnamePrefix),
      column(batch, "text", (w) => w.pupil.surname),
      column(batch, "date", (w) => w.pupil.dateOfBirth),
      column(batch, "uuid", (w) => w.groupId),
    ],
    sql`, `,
  );
}

/** Inserts pupils; returns pupil number → id. */
export async function insertPupils(tx: Tx, orgId: string, items: PupilWrite[], done: BatchDone) {
  const ids = new Map<string, string>();
  await inBatches(items, done, async (batch) => {
    const result = await tx.execute(sql`
      insert into pupils (org_id, pupil_number, first_name, surname_prefix, surname, date_of_birth, group_id)
      select ${orgId}::uuid, v.* from unnest(${column(batch, "text", (w) => w.pupil.pupilNumber)}, ${pupilColumns(batch)})
        as v(pupil_number, first_name, surname_prefix, surname, date_of_birth, group_id)
      returning id, pupil_number`);
    for (const row of rowsOf<{ id: string; pupil_number: string }>(result)) ids.set(row.pupil_number, row.id);
  });
  return ids;
}

export async function updatePupils(tx: Tx, orgId: string, items: (PupilWrite & { id: string })[], done: BatchDone) {
  await inBatches(items, done, async (batch) => {
    await tx.execute(sql`
      update pupils as p set first_name = v.first_name, surname_prefix = v.surname_prefix, surname = v.surname,
        date_of_birth = v.date_of_birth, group_id = v.group_id
      from unnest(${column(batch, "uuid", (w) => w.id)}, ${pupilColumns(batch)})
        as v(id, first_name, surname_prefix, surname, date_of_birth, group_id)
      where p.org_id = ${orgId} and p.id = v.id`);
  });
}

/**
 * Makes sure every address has an account to sign in with: the existing user
 * with that address (in any case), else a new one. Returns lowercased e-mail → user id.
 */
export async function ensureAccounts(tx: Tx, items: { email: string; name: string }[], done: BatchDone) {
  const ids = new Map<string, string>();
  await inBatches(items, done, async (batch) => {
    const emails = column(batch, "text", (a) => a.email.toLowerCase());
    // The unique index on lower(email) keeps an existing account instead of the new row.
    await tx.execute(sql`
      insert into users (email, name) select * from unnest(${emails}, ${column(batch, "text", (a) => a.name)})
      on conflict do nothing`);
    const result = await tx.execute(sql`
      select id, lower(email) as email from users where lower(email) = any(${emails})`);
    for (const row of rowsOf<{ id: string; email: string }>(result)) ids.set(row.email, row.id);
  });
  return ids;
}

export interface GuardianWrite {
  email: string;
  name: string;
  userId: string | null;
}

/** Inserts guardians; returns lowercased e-mail → id. */
export async function insertGuardians(tx: Tx, orgId: string, items: GuardianWrite[], done: BatchDone) {
  const ids = new Map<string, string>();
  await inBatches(items, done, async (batch) => {
    const result = await tx.execute(sql`
      insert into guardians (org_id, email, name, user_id)
      select ${orgId}::uuid, v.* from unnest(${column(batch, "text", (g) => g.email)},
        ${column(batch, "text", (g) => g.name)}, ${column(batch, "uuid", (g) => g.userId)}) as v(email, name, user_id)
      returning id, email`);
    for (const row of rowsOf<{ id: string; email: string }>(result)) ids.set(row.email.toLowerCase(), row.id);
  });
  return ids;
}

/** Sets new names, and an account where a guardian had none; a name of null or account of null keeps the old one. */
export async function updateGuardians(
  tx: Tx,
  orgId: string,
  items: { id: string; name: string | null; userId: string | null }[],
  done: BatchDone,
) {
  await inBatches(items, done, async (batch) => {
    await tx.execute(sql`
      update guardians as g set name = coalesce(v.name, g.name), user_id = coalesce(g.user_id, v.user_id)
      from unnest(${column(batch, "uuid", (g) => g.id)}, ${column(batch, "text", (g) => g.name)},
        ${column(batch, "uuid", (g) => g.userId)}) as v(id, name, user_id)
      where g.org_id = ${orgId} and g.id = v.id`);
  });
}

export async function insertLinks(
  tx: Tx,
  orgId: string,
  items: { pupilId: string; guardianId: string }[],
  done: BatchDone,
) {
  await inBatches(items, done, async (batch) => {
    await tx.execute(sql`
      insert into pupil_guardians (org_id, pupil_id, guardian_id)
      select ${orgId}::uuid, v.* from unnest(${column(batch, "uuid", (l) => l.pupilId)},
        ${column(batch, "uuid", (l) => l.guardianId)}) as v(pupil_id, guardian_id)`);
  });
}
