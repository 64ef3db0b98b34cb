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

/** A segment of 20+ URL-safe characters that is not a UUID: an invitation, open-link or other secret token. */
const TOKEN_SEGMENT = /^(?![0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$)[A-Za-z0-9_-]{20,}$/i;

/**
 * The path as it may be logged: every token-like segment replaced, so a log reader
 * cannot answer as an invitee (/m/<token>/send) or follow a link. Ids (UUIDs) and
 * words stay readable; the query string is never logged.
 */
export function loggablePath(path: string): string {
  return path
    .split("/")
    .map((segment) => (TOKEN_SEGMENT.test(segment) ? ":token" : segment))
    .join("/");
}
