/**
 * A large file is analysed in turns: while the server reads and checks a 5 MB export, other
 * requests are answered. Counted as turns of the event loop (setImmediate callbacks, which run
 * only when the loop turns) during the upload request: reading the file in one piece let none
 * through, however long it took.
 */
import { describe, expect, it } from "vitest";
import { leaderSignedIn, useTestContext } from "../../../tests/helpers/app.js";
import { generateExport } from "./fixtures.js";
import { upload } from "./testing/browse.js";

const ctx = useTestContext();

/** How many times the event loop turned while `work` ran. */
async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
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

describe("a 5 MB export", () => {
  it("is analysed while the server keeps answering others", { timeout: 120_000 }, async () => {
    const { leader } = await leaderSignedIn(ctx);
    const small = generateExport(10);
    const large = generateExport(45_000);
    expect(large.length).toBeGreaterThan(4.9 * 1024 * 1024);
    const status = async (bytes: Uint8Array) => (await upload(leader, bytes)).status;

    let answered = 0;
    const turnsSmall = await turnsDuring(async () => (answered += (await status(small)) === 303 ? 1 : 0));
    const turnsLarge = await turnsDuring(async () => (answered += (await status(large)) === 303 ? 1 : 0));
    expect(answered).toBe(2);
    // The database's round trips give both uploads a few turns; reading 45,000 rows in pieces
    // gives the large one a turn per piece (dozens), reading them in one piece none at all.
    expect(turnsLarge - turnsSmall).toBeGreaterThan(50);
  });
});
