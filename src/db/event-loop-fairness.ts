/**
 * PGlite runs Postgres as WebAssembly in our own thread, and its queries resolve as
 * promises only: a run of queries (a long request, an import, a test file) never lets
 * the event loop reach timers or I/O, so every other request waits until it ends.
 * Yielding once every few milliseconds, before a protocol message, keeps the server
 * answering. PostgreSQL over a socket yields by itself.
 */
import type { PGlite } from "@electric-sql/pglite";
import { setImmediate as nextTurn } from "node:timers/promises";

const YIELD_EVERY_MS = 10;

export function yieldToEventLoopBetweenQueries(client: PGlite): void {
  let lastYield = performance.now();
  const yieldWhenDue = async () => {
    if (performance.now() - lastYield < YIELD_EVERY_MS) return;
    await nextTurn();
    lastYield = performance.now();
  };
  // Every query, inside a transaction or not, passes one of these two (pglite 0.5).
  const execProtocol = client.execProtocol.bind(client);
  const execProtocolStream = client.execProtocolStream.bind(client);
  client.execProtocol = async (message, options) => {
    await yieldWhenDue();
    return execProtocol(message, options);
  };
  client.execProtocolStream = async (message, options) => {
    await yieldWhenDue();
    return execProtocolStream(message, options);
  };
}
