/** How the database refused a write: the last word on a booking race. */

function codeOf(error: unknown): { code: string; constraint: string } | null {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) {
      return { code, constraint: typeof constraint === "string" ? constraint : "" };
    }
  }
  return null;
}

/**
 * The constraint a write broke, for unique (23505) and foreign-key (23503) violations,
 * however deep the driver wrapped the error; null for any other error.
 */
export function violatedConstraint(error: unknown): string | null {
  const found = codeOf(error);
  return found && (found.code === "23505" || found.code === "23503") ? found.constraint : null;
}

/**
 * Runs fn again when PostgreSQL broke a deadlock by aborting it (40P01): two sibling
 * combinations can wait on each other's slots. Each attempt is a fresh transaction.
 */
export async function retryOnDeadlock<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= attempts || codeOf(error)?.code !== "40P01") throw error;
    }
  }
}
