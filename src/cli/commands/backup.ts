/** `samen backup` and `samen restore`: the whole database to and from one file. */
import { z } from "zod";
import { writeBackup } from "../../backup/backup.js";
import { restoreBackup } from "../../backup/restore.js";
import { parseFlags, UsageError, type Command } from "../command.js";
import { withDatabase } from "../database.js";

const total = (rows: Record<string, number>) => Object.values(rows).reduce((a, b) => a + b, 0);

export const backup: Command = {
  help: `Usage: npm run samen -- backup --out <file>

Writes every table's rows to one gzip'd file. The file restores into the
embedded database and into PostgreSQL alike, at the same version of Samen.
With the embedded database, stop the server first: one process at a time.
Never overwrites: the file must not exist yet.`,
  options: { out: { type: "string" } },
  async run(values, { env, io }) {
    const { out } = parseFlags(z.object({ out: z.string({ message: "--out is required." }) }), values);
    const summary = await withDatabase(env, (database) => writeBackup(database, out));
    const tables = Object.keys(summary.rows).length;
    io.out(
      `Backed up ${total(summary.rows)} rows of ${tables} tables to ${out} (schema ${summary.schemaMigration}).\n`,
    );
  },
};

export const restore: Command = {
  help: `Usage: npm run samen -- restore --in <file> --yes

Replaces ALL data in the database with the backup's, in one transaction:
if anything fails, nothing changes. The backup must come from the same
version of Samen (the same schema migration). --yes confirms the replacement.`,
  options: { in: { type: "string" }, yes: { type: "boolean" } },
  async run(values, { env, io }) {
    const flags = parseFlags(
      z.object({ in: z.string({ message: "--in is required." }), yes: z.boolean().optional() }),
      values,
    );
    if (!flags.yes) throw new UsageError("restore replaces all data in the database; add --yes to confirm.");
    const summary = await withDatabase(env, (database) => restoreBackup(database, flags.in));
    io.out(`Restored ${total(summary.rows)} rows from ${flags.in}, made ${summary.createdAt}.\n`);
  },
};
