// Adds up the vitest JSON reports of a CI run into one closing line:
// "ci: N passed, N failed" (", N skipped" when any were skipped).
import console from "node:console";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith(".json"))
  .sort()) {
  const report = JSON.parse(readFileSync(join(dir, name), "utf8"));
  // A file that failed outside any test (an import error, a failing hook) counts as one failure.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"),
  ).length;
  console.log(
    `  ${name.replace(/\.json$/, "").padEnd(14)} ${report.numPassedTests} passed, ${report.numFailedTests} failed` +
      (brokenFiles ? ` (and ${brokenFiles} files that failed to run)` : ""),
  );
  passed += report.numPassedTests;
  failed += report.numFailedTests + brokenFiles;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
if (passed + failed + skipped > 0) {
  console.log(`ci: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
}
