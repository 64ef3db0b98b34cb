/** Backup and restore through the library functions, on the test database (PGlite or PostgreSQL). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client.js";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/database.js";
import { createSchool, createUser } from "../../tests/helpers/factories.js";
import { dumpAll, editBackup } from "../../tests/helpers/backup.js";
import { writeBackup } from "./backup.js";
import { restoreBackup } from "./restore.js";

// Some tests open another database in their body: slow on a busy machine.

let source: TestDatabase;
let target: TestDatabase;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "samen-backup-"));
  source = await createTestDatabase();
  target = await createTestDatabase();
  await createSchool(source.db);
  await createSchool(source.db);
  await createUser(source.db, { name: 'Fatima Yılmaz "juf" \\ ✓\nnieuwe regel' });
  await createSchool(target.db, { name: "Wordt vervangen" });
  file = path.join(dir, "samen.backup");
  await writeBackup(source, file);
});

afterAll(async () => {
  await source?.close();
  await target?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", { timeout: 300_000 }, () => {
  it("restores every organisation's rows exactly and replaces what was there", async () => {
    const summary = await restoreBackup(target, file);
    expect(summary.rows.pupils).toBe(4);
    expect(summary.rows.organisations).toBe(2);
    expect(await dumpAll(target)).toEqual(await dumpAll(source));
  });

  it("restores a backup of the other kind of database (PGlite and PostgreSQL alike)", async () => {
    const other = await openDatabase({ dataDir: "memory://" });
    try {
      await restoreBackup(other, file);
      const again = path.join(dir, "from-other.backup");
      await writeBackup(other, again);
      await restoreBackup(target, again);
      expect(await dumpAll(other)).toEqual(await dumpAll(source));
      expect(await dumpAll(target)).toEqual(await dumpAll(source));
    } finally {
      await other.close();
    }
  });

  it("refuses a backup made at another schema migration and changes nothing", async () => {
    const before = await dumpAll(target);
    const older = path.join(dir, "older.backup");
    editBackup(file, older, ([header, ...rest]) => [
      header!.replace(/"schemaMigration":"[^"]+"/, '"schemaMigration":"0000_foundation"'),
      ...rest,
    ]);
    await expect(restoreBackup(target, older)).rejects.toThrow(/made of a database at migration 0000_foundation/);
    expect(await dumpAll(target)).toEqual(before);
  });

  it("changes nothing when a row fails half-way", async () => {
    const before = await dumpAll(target);
    const broken = path.join(dir, "broken.backup");
    // A pupil-guardian link to a pupil that does not exist: fails after most tables are in.
    editBackup(file, broken, (lines) =>
      lines.map((line) =>
        line.includes('"guardian_id"') && line.includes('"pupil_id"')
          ? line.replace(/"pupil_id":"[^"]+"/, '"pupil_id":"00000000-0000-0000-0000-000000000000"')
          : line,
      ),
    );
    await expect(restoreBackup(target, broken)).rejects.toThrow();
    expect(await dumpAll(target)).toEqual(before);
  });

  it("refuses a cut-off file and changes nothing", async () => {
    const before = await dumpAll(target);
    const cut = path.join(dir, "cut.backup");
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.8)));
    await expect(restoreBackup(target, cut)).rejects.toThrow(/damaged or incomplete/);
    const noEnd = path.join(dir, "no-end.backup");
    editBackup(file, noEnd, (lines) => lines.filter((line) => !line.startsWith('["end"')));
    await expect(restoreBackup(target, noEnd)).rejects.toThrow(/incomplete/);
    expect(await dumpAll(target)).toEqual(before);
  });

  it("refuses a file that is not a backup, and never overwrites a file", async () => {
    const text = path.join(dir, "notes.txt");
    fs.writeFileSync(text, "hello");
    await expect(restoreBackup(target, text)).rejects.toThrow(/not a Samen backup/);
    await expect(writeBackup(source, text)).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(text, "utf8")).toBe("hello");
  });
});

describe("tables added later", { timeout: 300_000 }, () => {
  const probe = `
    create table backup_probe (n int generated always as identity primary key,
      org_id uuid not null references organisations(id), note text);
    create table a_probe_child (probe_n int not null references backup_probe(n), doubled int generated always as (probe_n * 2) stored)`;

  let from: Database;
  let into: Database;
  beforeAll(async () => {
    from = await createTestDatabase();
    into = await createTestDatabase();
    await from.ownerExec(probe);
    await into.ownerExec(probe);
  });
  afterAll(async () => {
    await from?.close();
    await into?.close();
  });

  it("are backed up in foreign-key order, and their identity numbers continue after a restore", async () => {
    const { orgId } = await createSchool(from.db);
    await from.ownerExec(`insert into backup_probe (org_id, note) select '${orgId}', 'r' || i from generate_series(1, 2500) i;
      insert into a_probe_child (probe_n) values (1), (2500)`);
    const probeFile = path.join(dir, "probe.backup");
    const summary = await writeBackup(from, probeFile);
    const order = Object.keys(summary.rows);
    expect(order.indexOf("organisations")).toBeLessThan(order.indexOf("backup_probe"));
    expect(order.indexOf("backup_probe")).toBeLessThan(order.indexOf("a_probe_child"));

    await restoreBackup(into, probeFile);
    expect(await dumpAll(into)).toEqual(await dumpAll(from));
    const next = await into.withOwner((q) =>
      q<{ n: number }>(`insert into backup_probe (org_id) values ('${orgId}') returning n`),
    );
    expect(next[0]?.n).toBe(2501);
  });
});

describe("an owner role that row-level security applies to", { timeout: 300_000 }, () => {
  // Not a superuser: FORCE ROW LEVEL SECURITY hides every organisation's rows from it too.
  const role = `samen_owner_${randomBytes(4).toString("hex")}`;
  let database: TestDatabase;
  let asOwner: Pick<Database, "withOwner">;
  beforeAll(async () => {
    database = await createTestDatabase();
    await createSchool(database.db);
    await createSchool(database.db);
    await database.ownerExec(`create role ${role} nologin nosuperuser nobypassrls;
      grant usage on schema drizzle to ${role};
      grant select on all tables in schema drizzle to ${role};
      do $$ declare t text; begin
        for t in select tablename from pg_tables where schemaname = 'public' loop
          execute format('alter table %I owner to ${role}', t);
        end loop;
      end $$`);
    asOwner = { withOwner: (fn) => database.withOwner(async (q) => (await q(`set local role ${role}`), fn(q))) };
  });
  afterAll(async () => {
    await database?.ownerExec(`reassign owned by ${role} to current_user; drop owned by ${role}; drop role ${role}`);
    await database?.close();
  });

  const forcedTables = () =>
    database.withOwner((q) =>
      q<{ name: string }>(
        "select relname::text as name from pg_class where relforcerowsecurity and relnamespace = 'public'::regnamespace order by 1",
      ),
    );

  it("still backs up and restores every organisation's rows, and leaves row-level security forced", async () => {
    const [hidden] = await asOwner.withOwner((q) => q<{ n: number }>("select count(*)::int as n from pupils"));
    expect(hidden?.n).toBe(0);
    const before = await dumpAll(database);
    const forced = await forcedTables();
    expect(forced.map((t) => t.name)).toContain("pupils");

    const ownerFile = path.join(dir, "owner.backup");
    expect((await writeBackup(asOwner, ownerFile)).rows.pupils).toBe(4);
    expect((await restoreBackup(asOwner, ownerFile)).rows.pupils).toBe(4);
    expect(await dumpAll(database)).toEqual(before);
    expect(await forcedTables()).toEqual(forced);
  });
});
