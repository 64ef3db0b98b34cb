/** Which database constraint refused a write: the last word on a booking race. */

/** The name of the unique constraint a write broke (PostgreSQL 23505), however deep the driver wrapped it. */
export function violatedUnique(error: unknown): string | null {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === "23505") return typeof constraint === "string" ? constraint : "";
  }
  return null;
}
