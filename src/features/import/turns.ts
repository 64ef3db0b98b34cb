/**
 * The import's costly steps (reading and checking every row of a file of up to IMPORT_MAX_MB) run
 * in pieces with a turn of the event loop between two: the server has one thread, and a 5 MB file
 * read in one piece kept every other request waiting for seconds (docs/benchmarks.md, import).
 * Pieces of a fixed size rather than a time budget, so a file is cut the same way on every machine.
 */
import { setImmediate as nextTurn } from "node:timers/promises";

export { nextTurn };

/** Rows handled between two turns: a few milliseconds of work. */
const ROWS_PER_TURN = 500;

/** Calls fn for every item in order, letting the event loop turn after every ROWS_PER_TURN items. */
export async function eachInTurns<T>(items: Iterable<T>, fn: (item: T, index: number) => void): Promise<void> {
  let index = 0;
  for (const item of items) {
    if (index > 0 && index % ROWS_PER_TURN === 0) await nextTurn();
    fn(item, index);
    index += 1;
  }
}

/** items.map(fn), letting the event loop turn after every ROWS_PER_TURN items. */
export async function mapInTurns<T, R>(items: Iterable<T>, fn: (item: T, index: number) => R): Promise<R[]> {
  const results: R[] = [];
  await eachInTurns(items, (item, index) => results.push(fn(item, index)));
  return results;
}
