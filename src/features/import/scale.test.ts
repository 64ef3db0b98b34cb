import { describe, expect, it } from "vitest";
import { decodeCsv } from "./decode.js";
import { applyPlan, generateExport, NOTHING_YET } from "./fixtures.js";
import { recogniseHeaders } from "./headers.js";
import { parseTable } from "./parse.js";
import { planImport } from "./plan.js";
import { validateRows } from "./rows.js";

describe("a 10,000-row export", () => {
  it("parses, validates and plans completely, and a second run is all unchanged", async () => {
    const text = decodeCsv(generateExport(10_000));
    const table = await parseTable(text);
    expect(table.rows).toHaveLength(10_000);

    const recognition = recogniseHeaders(table.headers);
    expect(recognition.missingRequired).toEqual([]);
    expect(recognition.unrecognised).toEqual([]);

    const rows = await validateRows(table, recognition.mapping, { today: "2025-06-01" });
    expect(rows.filter((r) => !r.ok)).toEqual([]);

    // Expected numbers counted straight from the text, independent of the code under test.
    const emails = text.match(/[\w.]+@example\.nl/g) ?? [];
    const plan = await planImport({ rows, existing: NOTHING_YET });
    expect(plan.counts).toMatchObject({
      rowsValid: 10_000,
      rowsRejected: 0,
      pupilsToCreate: 10_000,
      groupsToCreate: 16,
      guardiansToCreate: new Set(emails).size,
      linksToAdd: emails.length,
    });
    expect(plan.counts.guardiansToCreate).toBeLessThan(plan.counts.linksToAdd);

    const again = await planImport({ rows, existing: applyPlan(NOTHING_YET, plan) });
    expect(again.counts).toMatchObject({
      pupilsUnchanged: 10_000,
      pupilsToCreate: 0,
      pupilsToUpdate: 0,
      groupsToCreate: 0,
      guardiansToCreate: 0,
      guardiansToUpdate: 0,
      linksToAdd: 0,
    });
  });

  it("is the same file every time", () => {
    expect(generateExport(50)).toEqual(generateExport(50));
  });
});
