/**
 * The committed migrations' journal (src/db/migrations/meta/_journal.json), and whether a
 * database has recorded all of them. drizzle records each applied migration by its journal
 * timestamp and applies those newer than the last it recorded.
 */
import fs from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { migrationsFolder } from "../paths.js";

const journalSchema = z.object({ entries: z.array(z.object({ tag: z.string(), when: z.number() })) });

export type JournalEntry = z.infer<typeof journalSchema>["entries"][number];

export function readJournal(): JournalEntry[] {
  const text = fs.readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8");
  return journalSchema.parse(JSON.parse(text)).entries;
}

/** A query as the owner, outside any transaction: rows as the driver gives them. */
type OwnerRows = (text: string) => Promise<{ rows: unknown[] }>;

/**
 * Whether the database has recorded the journal's last migration: then drizzle's migrator
 * (which creates its table if missing, reads and hashes every file, then opens a transaction)
 * would apply nothing, and a start or a command can skip it.
 */
export async function migrationsRecorded(query: OwnerRows): Promise<boolean> {
  const latest = readJournal().at(-1)?.when;
  const [table] = (await query("select to_regclass('drizzle.__drizzle_migrations') is not null as present")).rows as {
    present: boolean;
  }[];
  if (latest === undefined || !table?.present) return false;
  const [recorded] = (await query("select max(created_at)::text as at from drizzle.__drizzle_migrations")).rows as {
    at: string | null;
  }[];
  return recorded?.at != null && Number(recorded.at) >= latest;
}
