/** What a command of `npm run samen -- <command>` is, and the errors it may end with. */
import type { z } from "zod";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliContext {
  /** The environment the configuration is read from (src/config.ts). */
  env: NodeJS.ProcessEnv;
  io: CliIo;
}

/** A flag declared with `multiple: true` (given more than once, like --map) arrives as an array. */
export type Flags = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * A command as the list names it: its summary at once, the command itself (and everything it
 * imports) only when it is called, so that `--help` loads nothing else.
 */
export interface CommandEntry {
  /** One line for the list of commands. */
  summary: string;
  load(): Promise<Command>;
}

export interface Command {
  /** The full help text, starting with the usage line. */
  help: string;
  /** The flags, as node:util parseArgs takes them; --help is added for every command. */
  options: Record<string, { type: "string" | "boolean"; multiple?: boolean }>;
  run(flags: Flags, context: CliContext): Promise<void>;
}

/** The command was called wrongly: exit code 2, with the command's help. */
export class UsageError extends Error {}

/** The command could not do its work, for a reason the message explains: exit code 1. */
export class CommandError extends Error {}

/** Validates the flags with a zod schema; the first problem becomes a UsageError. */
export function parseFlags<S extends z.ZodType>(schema: S, flags: Flags): z.infer<S> {
  const result = schema.safeParse(flags);
  if (result.success) return result.data;
  throw new UsageError(result.error.issues.map((issue) => issue.message).join("\n"));
}
