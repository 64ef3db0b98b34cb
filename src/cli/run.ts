/**
 * Runs one CLI command: finds it, parses its flags with node:util parseArgs,
 * and turns the outcome into an exit code (0 done, 1 failed, 2 wrong usage).
 */
import { parseArgs } from "node:util";
import { BackupError } from "../backup/backup-error.js";
import { DataDirLockedError } from "../db/data-dir-lock.js";
import { InputError } from "../web/input-error.js";
import { translator } from "../web/i18n/index.js";
import { CommandError, UsageError, type CliContext, type Command, type CommandEntry } from "./command.js";

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export async function runCli(
  argv: string[],
  commands: Record<string, CommandEntry>,
  context: CliContext,
): Promise<number> {
  const { io } = context;
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.err : io.out)(overview(commands));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    io.err(`Unknown command "${name}".\n\n${overview(commands)}`);
    return EXIT.usage;
  }
  const command = await entry.load();
  try {
    const { values } = parseArgs({
      args,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.out(`${command.help}\n`);
      return EXIT.ok;
    }
    await command.run(values, context);
    return EXIT.ok;
  } catch (error) {
    return report(error, command, context);
  }
}

function report(error: unknown, command: Command, { io }: CliContext): number {
  if (error instanceof UsageError || isParseArgsError(error)) {
    io.err(`${(error as Error).message}\n\n${command.help}\n`);
    return EXIT.usage;
  }
  if (error instanceof InputError) {
    io.err(`--${flagOf(error.field)}: ${translator("en")(error.key)}\n`);
    return EXIT.failed;
  }
  io.err(`${describe(error)}\n`);
  return EXIT.failed;
}

/** Expected failures and system errors (a missing file) in words; anything else is a bug or an outage: with its stack. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const expected = [CommandError, BackupError, DataDirLockedError].some((type) => error instanceof type);
  const systemError = typeof (error as NodeJS.ErrnoException).syscall === "string";
  return expected || systemError ? error.message : (error.stack ?? error.message);
}

function isParseArgsError(error: unknown): boolean {
  return String((error as NodeJS.ErrnoException | undefined)?.code ?? "").startsWith("ERR_PARSE_ARGS");
}

/** Services name the fields of their forms; the CLI's flags are named after them. */
function flagOf(field: string): string {
  return ({ registrationCode: "code", roles: "role" } as Record<string, string>)[field] ?? field;
}

function overview(commands: Record<string, CommandEntry>): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: npm run samen -- <command> [flags]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run a command with --help for its flags. The database is the one the server uses:",
    "DATABASE_URL when set, else the embedded database in DATA_DIR (default ./data).",
    "",
  ].join("\n");
}
