/**
 * How services refuse input: a typed error naming the field and the message that explains
 * it. Routes show it next to the field, the CLI prints it.
 */
import type { z } from "zod";
import { isMessageKey, type MessageKey } from "./i18n/index.js";

/** The numbers a message names, by placeholder: { max: 200 } for "hoogstens {max} tekens". */
export type MessageNumbers = Readonly<Record<string, number>>;

export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly key: MessageKey,
    readonly numbers?: MessageNumbers,
  ) {
    super(`${field}: ${key}`);
  }
}

/**
 * Input refused because the same came too often (a limit an hour): shown beside its field like any
 * InputError, but answered 429 with when to retry (Retry-After, seconds), as every limit is
 * (RateLimitedError's error page), and with nothing changed.
 */
export class TooOftenError extends InputError {
  constructor(
    field: string,
    key: MessageKey,
    numbers: MessageNumbers,
    readonly retryAfter: number,
  ) {
    super(field, key, numbers);
  }
}

/**
 * A zod issue as the message that explains it: the schema's catalog key, and the limit it broke,
 * so that every "too long" names its maximum ({max}) without each schema writing it out.
 */
export function issueMessage(issue: z.core.$ZodIssue | undefined): { key: MessageKey; numbers?: MessageNumbers } {
  const key = issue && isMessageKey(issue.message) ? issue.message : "error.invalid";
  return issue?.code === "too_big" ? { key, numbers: { max: Number(issue.maximum) } } : { key };
}

/** Validates a service's input with the same schema the form uses; the first problem is thrown. */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const { key, numbers } = issueMessage(issue);
  throw new InputError(String(issue?.path[0] ?? "_form"), key, numbers);
}

/**
 * True when the database refused a row as a duplicate (of `constraint`, when named);
 * drivers wrap their errors, so causes are followed.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const pgError = e as { code?: unknown; constraint?: unknown };
    if (pgError.code === "23505" && (constraint === undefined || pgError.constraint === constraint)) return true;
  }
  return false;
}

/** Runs fn; a unique violation (a concurrent insert won the race) becomes an InputError. */
export async function uniquely<T>(fn: () => Promise<T>, field: string, key: MessageKey): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isUniqueViolation(error)) throw new InputError(field, key);
    throw error;
  }
}
