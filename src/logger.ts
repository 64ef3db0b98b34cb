/** Structured logs with pino; one JSON line per event, request ids added per request. */
import pino from "pino";

export function createLogger(level: string) {
  return pino({ level, base: { app: "samen" }, redact: ["req.headers.cookie", "token", "password"] });
}
