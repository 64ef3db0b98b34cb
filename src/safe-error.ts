/**
 * What may be logged (or stored by the job queue) of an error: what went wrong and where, never
 * what was being written or read. Database errors carry the values of the failed statement
 * (drizzle puts them in its message, PGlite and pg attach `params`; `detail` and `where` quote
 * rows and input), and those can be names, e-mail addresses or a questionnaire's decrypted answers.
 * So an error is logged as a few known fields, never as all of its properties.
 */
import { DrizzleQueryError } from "drizzle-orm";

/** Fields that name a failure without quoting data (PostgreSQL's code, constraint, table…). */
const KEPT = ["code", "severity", "routine", "schema", "table", "column", "constraint", "status"] as const;

export interface SafeError {
  type: string;
  message: string;
  stack: string;
  cause?: SafeError;
  [field: string]: unknown;
}

export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error))
    return { type: typeof error, message: "(thrown value that is not an Error)", stack: "" };
  const type = error.constructor.name;
  const message = safeMessage(error);
  const safe: SafeError = { type, message, stack: [`${type}: ${message}`, ...frames(error.stack)].join("\n") };
  const fields = error as unknown as Record<string, unknown>;
  for (const key of KEPT) {
    if (typeof fields[key] === "string" || typeof fields[key] === "number") safe[key] = fields[key];
  }
  if (error.cause !== undefined && depth < 5) safe.cause = safeError(error.cause, depth + 1);
  return safe;
}

/** A copy to rethrow where the error will be stored whole (pg-boss keeps a failed job's error). */
export function redactedError(error: unknown): Error {
  const safe = safeError(error);
  return Object.assign(new Error(safe.message), { stack: safe.stack });
}

function safeMessage(error: Error): string {
  if (error instanceof DrizzleQueryError) return `Failed query: ${error.query}`;
  const code = (error as { code?: unknown }).code;
  // PostgreSQL's data exceptions (class 22) quote the value they refused: "invalid input syntax for type uuid: "…"".
  if (typeof code === "string" && /^22[0-9A-Z]{3}$/.test(code)) return error.message.replace(/: .*$/s, ": …");
  return error.message;
}

/** The stack's frames only: its first lines repeat the message. */
function frames(stack: string | undefined): string[] {
  return (stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
}
