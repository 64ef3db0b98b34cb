/** The CLI's commands as an operator uses them, on the test database (PGlite or PostgreSQL). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withOrg, type Database } from "../db/client.js";
import { memberships, organisations, outbox, signInTokens, users } from "../db/schema/index.js";
import { DEMO_ACCOUNTS } from "../demo/load-demo.js";
import { createCliTarget, samen, type CliTarget } from "../../tests/helpers/cli.js";
import { dumpAll } from "../../tests/helpers/backup.js";

// Every command opens (and migrates) the database anew, as a real CLI run does: slow on a busy machine.

let target: CliTarget;
let dir: string;

beforeAll(async () => {
  target = await createCliTarget();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "samen-cli-files-"));
});
afterAll(async () => {
  await target?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens a CLI target's database for a look, and closes it again so the next command can open it. */
async function inspect<T>(cli: CliTarget, look: (database: Database) => Promise<T>): Promise<T> {
  const database = await cli.open();
  try {
    return await look(database);
  } finally {
    await database.close();
  }
}

describe("usage", { timeout: 300_000 }, () => {
  it("lists the commands with --help and exits 0", async () => {
    const result = await samen(target, "--help");
    expect(result.code).toBe(0);
    for (const name of ["create-org", "create-user", "demo", "backup", "restore"]) expect(result.out).toContain(name);
  });

  it("explains each command with --help", async () => {
    const result = await samen(target, "create-user", "--help");
    expect(result.code).toBe(0);
    expect(result.out).toContain("--role");
  });

  it("exits 2 with the usage for an unknown command, an unknown flag, a missing or a wrong flag", async () => {
    const unknown = await samen(target, "destroy");
    expect([unknown.code, unknown.err]).toEqual([2, expect.stringContaining('Unknown command "destroy"')]);
    const flag = await samen(target, "create-org", "--nmae", "X");
    expect([flag.code, flag.err]).toEqual([2, expect.stringContaining("Unknown option '--nmae'")]);
    const missing = await samen(target, "create-org", "--name", "X", "--type", "primary");
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining("--code is required")]);
    const wrong = await samen(target, "create-org", "--name", "X", "--type", "university", "--code", "12AB");
    expect([wrong.code, wrong.err]).toEqual([2, expect.stringContaining("--type must be one of")]);
    const noOrg = await samen(target, "create-user", "--email", "a@b.nl", "--name", "A", "--role", "teacher");
    expect([noOrg.code, noOrg.err]).toEqual([2, expect.stringContaining("--org is required")]);
  });
});

describe("organisations and users", { timeout: 300_000 }, () => {
  it("creates an organisation, refuses its code twice, and invites a teacher by that code", async () => {
    const created = await samen(target, "create-org", "--name", "De Linde", "--type", "primary", "--code", "34cd");
    expect(created.code).toBe(0);
    expect(created.out).toContain('Created organisation "De Linde" (primary, 34CD)');
    const twice = await samen(target, "create-org", "--name", "Ander", "--type", "primary", "--code", "34CD");
    expect([twice.code, twice.err]).toEqual([1, expect.stringContaining("--code: This code already belongs")]);
    const badCode = await samen(target, "create-org", "--name", "Opvang", "--type", "daycare", "--code", "12");
    expect([badCode.code, badCode.err]).toEqual([1, expect.stringContaining("LRK number of 9 digits")]);

    const invited = await samen(
      target,
      "create-user",
      "--email",
      "Juf@DeLinde.nl",
      "--name",
      "Juf Els",
      "--role",
      "teacher",
      "--org",
      "34 cd",
    );
    expect(invited.code).toBe(0);
    await inspect(target, async ({ db }) => {
      const [org] = await db.select().from(organisations).where(eq(organisations.registrationCode, "34CD"));
      const [user] = await db.select().from(users).where(eq(users.email, "juf@delinde.nl"));
      const roles = await withOrg(db, { orgId: org!.id, userId: null }, (tx) =>
        tx.select().from(memberships).where(eq(memberships.userId, user!.id)),
      );
      expect(roles.map((r) => r.role)).toEqual(["teacher"]);
      const mail = await db.select().from(outbox).where(eq(outbox.to, "juf@delinde.nl"));
      expect(mail[0]?.text).toContain("/sign-in/link?token=");
    });
  });

  it("mails links to the server of the PORT it is given, says so, and a new account's link lasts a week", async () => {
    const atPort = { ...target, env: { ...target.env, PUBLIC_URL: "", PORT: "4200" } };
    await samen(atPort, "create-org", "--name", "Het Anker", "--type", "primary", "--code", "56ef");
    const args = ["create-user", "--email", "meester@anker.nl", "--name", "Meester Bas", "--role", "teacher"];
    const invited = await samen(atPort, ...args, "--org", "56EF");
    expect(invited.code).toBe(0);
    expect(invited.out).toContain("http://localhost:4200");
    await inspect(target, async ({ db }) => {
      const [mail] = await db.select().from(outbox).where(eq(outbox.to, "meester@anker.nl"));
      expect(mail?.text).toContain("http://localhost:4200/sign-in/link?token=");
      expect(mail?.text).toContain("7 dagen");
      const [user] = await db.select().from(users).where(eq(users.email, "meester@anker.nl"));
      const [token] = await db.select().from(signInTokens).where(eq(signInTokens.userId, user!.id));
      const days = (token!.expiresAt.getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.9);
    });
  });

  it("fails with a clear message for an organisation that does not exist", async () => {
    const result = await samen(
      target,
      "create-user",
      "--email",
      "x@y.nl",
      "--name",
      "X",
      "--role",
      "office",
      "--org",
      "99XX",
    );
    expect([result.code, result.err]).toEqual([1, 'There is no organisation with id or registration code "99XX".\n']);
  });

  it("makes a platform admin without an organisation", async () => {
    const result = await samen(
      target,
      "create-user",
      "--email",
      "beheer@samen.nl",
      "--name",
      "Beheer",
      "--role",
      "admin",
    );
    expect(result.code).toBe(0);
    const [admin] = await inspect(target, ({ db }) =>
      db.select().from(users).where(eq(users.email, "beheer@samen.nl")),
    );
    expect(admin?.isPlatformAdmin).toBe(true);
  });

  it("makes a platform editor, an existing account keeping what it had, and refuses --org for it", async () => {
    const args = ["create-user", "--email", "beheer@samen.nl", "--name", "Beheer", "--role", "editor"];
    expect((await samen(target, ...args)).code).toBe(0);
    const [person] = await inspect(target, ({ db }) =>
      db.select().from(users).where(eq(users.email, "beheer@samen.nl")),
    );
    expect([person?.isPlatformEditor, person?.isPlatformAdmin]).toEqual([true, true]);
    const withOrg = await samen(target, ...args, "--org", "99XX");
    expect([withOrg.code, withOrg.err]).toEqual([2, expect.stringContaining("editor is a platform role")]);
  });
});

describe("demo", { timeout: 300_000 }, () => {
  it("loads into an empty database and prints the sign-in addresses, and refuses a second time", async () => {
    const empty = await createCliTarget();
    try {
      const first = await samen(empty, "demo");
      expect(first.code).toBe(0);
      expect(first.out).toContain(DEMO_ACCOUNTS.leader);
      const second = await samen(empty, "demo");
      expect([second.code, second.err]).toEqual([1, expect.stringContaining("already has organisations")]);
    } finally {
      await empty.close();
    }
  });
});

describe("backup and restore", { timeout: 300_000 }, () => {
  it("backs up to one file and restores it into another database, only with --yes", async () => {
    const file = path.join(dir, "samen.backup");
    const made = await samen(target, "backup", "--out", file);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/^Backed up \d+ rows of \d+ tables to .+samen\.backup/);
    expect((await samen(target, "backup", "--out", file)).code).toBe(1);

    const other = await createCliTarget();
    try {
      expect(await samen(other, "demo")).toMatchObject({ code: 0 });
      const unconfirmed = await samen(other, "restore", "--in", file);
      expect([unconfirmed.code, unconfirmed.err]).toEqual([2, expect.stringContaining("add --yes")]);
      const restored = await samen(other, "restore", "--in", file, "--yes");
      expect(restored.code).toBe(0);
      const original = await inspect(target, dumpAll);
      const copy = await inspect(other, dumpAll);
      expect(copy).toEqual(original);
      const missing = await samen(other, "restore", "--in", path.join(dir, "nothing.backup"), "--yes");
      expect([missing.code, missing.err]).toEqual([1, expect.stringContaining("There is no file")]);
    } finally {
      await other.close();
    }
  });
});
