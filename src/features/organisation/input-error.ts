/** How services refuse input: a typed error naming the field and the message that explains it. */
import type { z } from "zod";
import { isMessageKey, type MessageKey, type Translate } from "../../web/i18n/index.js";
import type { FormErrors } from "../../web/validation.js";

/** Input a service will not accept; routes show it next to `field`, the CLI prints it. */
export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly key: MessageKey,
  ) {
    super(key);
  }

  /** The error as form errors in the viewer's language. */
  toFormErrors(t: Translate): FormErrors {
    return { [this.field]: t(this.key) };
  }
}

/** Validates a service's input with the same schema the form uses; the first problem is thrown. */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const key = issue && isMessageKey(issue.message) ? issue.message : "error.invalid";
  throw new InputError(String(issue?.path[0] ?? "_form"), key);
}

/** True when the database refused a row for `constraint`; drivers wrap their errors, so causes are followed. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const pgError = e as Error & { code?: string; constraint?: string };
    if (pgError.code === "23505" && pgError.constraint === constraint) return true;
  }
  return false;
}
