/**
 * A large file is planned in turns: the preview and the import compare every row with the school's
 * pupils, guardians and links, which for a 5 MB export took the server's only thread for up to a
 * second with no other request answered. Counted as in analysis-turns.test.ts, on a file of 10,000
 * rows imported before (every step of the plan has something to compare), and on the same rows
 * against a school without pupils.
 */
import { describe, expect, it } from "vitest";
import { analyseFile } from "./analyse.js";
import { applyPlan, generateExport, NOTHING_YET } from "./fixtures.js";
import { planImport } from "./plan.js";
import { turnsDuring } from "./testing/turns.js";

describe("the plan of a 10,000-row export", () => {
  it("is made while the event loop keeps turning, and a timer set meanwhile fires before it is done", async () => {
    const { rows } = await analyseFile(generateExport(10_000));
    const existing = applyPlan(NOTHING_YET, await planImport({ rows, existing: NOTHING_YET }));
    let timerFired = false;
    let firedBeforeTheEnd = false;
    const turns = await turnsDuring(async () => {
      setTimeout(() => (timerFired = true), 0);
      await planImport({ rows, existing });
      firedBeforeTheEnd = timerFired;
    });
    // 20 pieces of 500 rows in each of three passes and the guardians' two; in one piece it was 0.
    expect(turns).toBeGreaterThan(80);
    expect(firedBeforeTheEnd).toBe(true);
    expect(await turnsDuring(() => planImport({ rows, existing: NOTHING_YET }))).toBeGreaterThan(50);
  });
});
