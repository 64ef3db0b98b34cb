/** A logger whose every line is kept, parsed, for a test to read what the app logged. */
import { Writable } from "node:stream";
import pino, { type Logger } from "pino";

export function loggedLines(level: pino.Level = "info"): { lines: Record<string, unknown>[]; logger: Logger } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: pino({ level }, sink) };
}
