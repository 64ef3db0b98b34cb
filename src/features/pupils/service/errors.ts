/** A rule a service refuses to break, tied to the form field it is about. */
import type { MessageKey } from "../../../web/i18n/index.js";

export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly key: MessageKey,
  ) {
    super(`${field}: ${key}`);
  }
}

/** True for PostgreSQL's unique_violation, however deep the driver wrapped it. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
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
