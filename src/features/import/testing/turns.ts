/** For the import's tests of its pieces (turns.ts): how often the event loop turned meanwhile. */

/** How many times the event loop turned while `work` ran (setImmediate callbacks run only when it turns). */
export async function turnsDuring(work: () => unknown): Promise<number> {
  let turns = 0;
  let running = true;
  const turn = () => {
    turns += 1;
    if (running) setImmediate(turn);
  };
  setImmediate(turn);
  try {
    await work();
  } finally {
    running = false;
  }
  return turns;
}
