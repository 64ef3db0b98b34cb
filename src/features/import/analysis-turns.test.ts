/**
 * A large file is analysed in turns: while the server reads and checks a 5 MB export, other
 * requests are answered. Counted as turns of the event loop (setImmediate callbacks, which run
 * only when the loop turns) while the analysis the upload makes runs: reading and checking the
 * file in one piece let none through, however long it took. Counted around the analysis, not the
 * whole upload request: while a request waits for PostgreSQL's socket the loop turns as often as
 * the wait is long, which would count the database's speed rather than the analysis.
 */
import { describe, expect, it } from "vitest";
import { analyseFile } from "./analyse.js";
import { generateExport } from "./fixtures.js";
import { turnsDuring } from "./testing/turns.js";

describe("a 5 MB export", () => {
  it("is read and checked while the event loop keeps turning", async () => {
    const large = generateExport(45_000);
    expect(large.length).toBeGreaterThan(4.9 * 1024 * 1024);
    let rows = 0;
    const turns = await turnsDuring(async () => (rows = (await analyseFile(large)).rows.length));
    expect(rows).toBe(45_000);
    // 80 pieces of text and 90 of rows at the least; in one piece it was 0.
    expect(turns).toBeGreaterThan(100);
  });
});
