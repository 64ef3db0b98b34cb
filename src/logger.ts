/** Structured logs with pino; one JSON line per event, request ids added per request. */
import pino, { type DestinationStream } from "pino";
import { safeError } from "./safe-error.js";

export function createLogger(level: string, destination?: DestinationStream) {
  const options = {
    level,
    base: { app: "samen" },
    redact: ["req.headers.cookie", "token", "password"],
    // Errors are logged as what went wrong, never with the data of the failed statement.
    serializers: { err: safeError, error: safeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A run of 20+ URL-safe characters: a token unless it is exactly a UUID (an id). */
const TOKEN_RUN = /[A-Za-z0-9_-]{20,}/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The path as it may be logged: every token-like run replaced, also inside a segment (a mail
 * client adds "." or ")" to a link, "%2F1" is a slash sent encoded), so a log reader cannot
 * answer as an invitee (/m/<token>/send) or follow a link. Ids (UUIDs) and words stay
 * readable; the query string is never logged.
 */
export function loggablePath(path: string): string {
  return path.replace(TOKEN_RUN, (run) => (UUID.test(run) ? run : ":token"));
}
